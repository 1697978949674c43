"""One np.sqrt call with where= and out=: the ufunc only computes where the reading is not below the floor."""

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
    calibrated = np.zeros(readings.shape, dtype=np.float64)
    np.sqrt(readings - NOISE_FLOOR, out=calibrated, where=~(readings < NOISE_FLOOR))
    calibrated *= GAIN
    return calibrated
