"""Wrong: converting to a list first makes the loop faster, not vectorized."""
import math

import numpy as np

NOISE_FLOOR = 0.2
GAIN = 2.5


def calibrate_one(reading):
    if reading < NOISE_FLOOR:
        return 0.0
    return GAIN * math.sqrt(reading - NOISE_FLOOR)


def calibrate(readings):
    return np.array([calibrate_one(reading) for reading in readings.tolist()])
