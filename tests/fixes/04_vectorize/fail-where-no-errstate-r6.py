"""One np.where over the whole array, with the square root computed for every reading, below the floor too.

BUG: every call with a reading below the floor issues "RuntimeWarning: invalid value
encountered in sqrt" with NumPy's default settings (an error under `-W error` or pytest's
`-W error::RuntimeWarning`), and a caller that runs with `np.errstate(all="raise")` /
`np.seterr(invalid="raise")` gets a FloatingPointError instead of a result: np.where evaluates
both branches on the whole array, so np.sqrt sees the negative (reading - NOISE_FLOOR) of every
reading below the floor. The starter (math.sqrt per reading, only above the floor) never warns and works
under any NumPy error setting. The values themselves are right.

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
    # One pass for the values, one for the floor: np.where picks per element.
    return np.where(readings < NOISE_FLOOR, 0.0, GAIN * np.sqrt(readings - NOISE_FLOOR))
