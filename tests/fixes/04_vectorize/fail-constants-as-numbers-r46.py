"""The whole formula on the array in one line, with the floor and the gain written in as 0.2 and 2.5: "they are constants anyway".

BUG: once NOISE_FLOOR and GAIN change (a sensor recalibrated: 0.35 and 1.75), calibrate
still computes with 0.2 and 2.5: 354 of 500 readings come out unlike the starter's, a reading
of exactly 0.35 gives 0.968 instead of 0.0. The starter reads the module's constants each
time it runs; numbers copied into the formula keep the old sensor's settings, and nothing
warns when the two drift apart.

Lesson 04: vectorize.

A sensor service calibrates every batch of raw readings it receives: readings
below the noise floor count as 0.0, the others become GAIN * sqrt(reading -
NOISE_FLOOR). This version does it one reading at a time in a Python loop, so
every element pays for Python bytecode, a function call and a float object.
Make NumPy do the whole array at once.

Public API (the check calls exactly this):

    def calibrate(readings: numpy.ndarray) -> numpy.ndarray
        `readings` is a 1-D float64 array. Returns a new float64 array of the same
        shape: 0.0 where a reading is below NOISE_FLOOR, else
        GAIN * sqrt(reading - NOISE_FLOOR). `readings` itself is left unchanged.
"""

import numpy as np

__all__ = ["calibrate"]

NOISE_FLOOR = 0.2
GAIN = 2.5


def calibrate(readings: np.ndarray) -> np.ndarray:
    return 2.5 * np.sqrt(np.maximum(readings - 0.2, 0.0))
