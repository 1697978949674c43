"""Vectorized as in the solution, and the calibrated array is handed back read-only so that no caller can corrupt calibrated data by accident.

BUG: the caller gets an array it cannot write: the service's usual post-processing in place
(`calibrated[bad] = np.nan`, `calibrated *= unit`, np.clip(..., out=calibrated)) now raises
ValueError: assignment destination is read-only, where the starter's result was writable.
"""

import math

import numpy as np

__all__ = ["calibrate"]

NOISE_FLOOR = 0.2
GAIN = 2.5


def calibrate_one(reading: float) -> float:
    if reading < NOISE_FLOOR:
        return 0.0
    return GAIN * math.sqrt(reading - NOISE_FLOOR)


def calibrate(readings: np.ndarray) -> np.ndarray:
    calibrated = GAIN * np.sqrt(np.maximum(readings - NOISE_FLOOR, 0.0))
    calibrated.flags.writeable = False  # calibrated data is final
    return calibrated
