"""GAIN * np.sqrt(np.fmax(readings - NOISE_FLOOR, 0.0)): fmax rather than maximum, "NaN-safe".

BUG: np.fmax ignores NaN (returns the other operand), so NaN readings are calibrated to 0.0
    instead of NaN: missing data silently becomes 'below the noise floor'.
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
    return GAIN * np.sqrt(np.fmax(readings - NOISE_FLOOR, 0.0))
