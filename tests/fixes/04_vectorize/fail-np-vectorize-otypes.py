"""Wraps calibrate_one with np.vectorize (built once, at import), "NumPy's vectorisation".

BUG: np.vectorize is a Python loop calling calibrate_one once per reading (NumPy's docs: for
    convenience, not performance); no faster than the starter.
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


_calibrate_all = np.vectorize(calibrate_one, otypes=[np.float64])


def calibrate(readings: np.ndarray) -> np.ndarray:
    return _calibrate_all(readings)
