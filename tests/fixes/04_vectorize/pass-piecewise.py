"""Correct: np.piecewise calls each function once, with all the readings of its piece."""
import math

import numpy as np

NOISE_FLOOR = 0.2
GAIN = 2.5


def calibrate_one(reading):
    if reading < NOISE_FLOOR:
        return 0.0
    return GAIN * math.sqrt(reading - NOISE_FLOOR)


def calibrate(readings):
    return np.piecewise(readings, [readings < NOISE_FLOOR],
                        [0.0, lambda above: GAIN * np.sqrt(above - NOISE_FLOOR)])
