"""Copies the input once, then works in place on the copy (one allocation), clipping with np.clip."""

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
    work = np.array(readings, dtype=np.float64, copy=True)
    below = work < NOISE_FLOOR
    work -= NOISE_FLOOR
    np.sqrt(work, out=work, where=~below)
    work[below] = 0.0
    work *= GAIN
    return work
