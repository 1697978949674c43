"""Wrong: fast in-place operations, but on the caller's array itself."""
import math

import numpy as np

NOISE_FLOOR = 0.2
GAIN = 2.5


def calibrate_one(reading):
    if reading < NOISE_FLOOR:
        return 0.0
    return GAIN * math.sqrt(reading - NOISE_FLOOR)


def calibrate(readings):
    readings -= NOISE_FLOOR
    np.maximum(readings, 0.0, out=readings)
    np.sqrt(readings, out=readings)
    readings *= GAIN
    return readings
