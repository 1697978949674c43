"""Correct: np.where, as most people write it first (it warns about sqrt of negatives)."""
import math

import numpy as np

NOISE_FLOOR = 0.2
GAIN = 2.5


def calibrate_one(reading):
    if reading < NOISE_FLOOR:
        return 0.0
    return GAIN * math.sqrt(reading - NOISE_FLOOR)


def calibrate(readings):
    return np.where(readings < NOISE_FLOOR, 0.0, GAIN * np.sqrt(readings - NOISE_FLOOR))
