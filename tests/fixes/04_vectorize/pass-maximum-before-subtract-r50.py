"""Clamp the readings at the floor first, then subtract: GAIN * sqrt(maximum(readings, F) - F).

Right: below the floor maximum gives F and F - F is +0.0, whose root is 0.0; at or above it the
subtraction is the starter's; np.maximum propagates NaN; -inf becomes 0.0 and +inf stays inf:
bit for bit the starter's, with no invalid operation, so no errstate is needed.
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
    return GAIN * np.sqrt(np.maximum(readings, NOISE_FLOOR) - NOISE_FLOOR)
