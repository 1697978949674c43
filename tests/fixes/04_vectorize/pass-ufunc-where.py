"""Correct: the ufunc's own where= argument, into a zeroed output."""
import math

import numpy as np

NOISE_FLOOR = 0.2
GAIN = 2.5


def calibrate_one(reading):
    if reading < NOISE_FLOOR:
        return 0.0
    return GAIN * math.sqrt(reading - NOISE_FLOOR)


def calibrate(readings):
    calibrated = np.zeros_like(readings)
    np.sqrt(readings - NOISE_FLOOR, out=calibrated, where=readings >= NOISE_FLOOR)
    return GAIN * calibrated
