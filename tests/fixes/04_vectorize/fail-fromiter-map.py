"""Wrong: np.fromiter over map still calls the Python helper per element."""
import math

import numpy as np

NOISE_FLOOR = 0.2
GAIN = 2.5


def calibrate_one(reading):
    if reading < NOISE_FLOOR:
        return 0.0
    return GAIN * math.sqrt(reading - NOISE_FLOOR)


def calibrate(readings):
    return np.fromiter(map(calibrate_one, readings), dtype=float, count=len(readings))
