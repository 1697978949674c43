"""np.where(readings < F, 0.0, GAIN * np.sqrt(readings - F)), with np.seterr(invalid="ignore") to silence the sqrt warning.

BUG: after the first call, the rest of the app no longer hears about invalid operations in that
thread (an np.seterr(all="raise") the app set to catch bad data is switched off too): np.seterr
changes NumPy's floating-point error handling for the calling thread (its context) for good,
and never restores it. np.errstate would scope it to the call. The values returned are right.

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
    # sqrt of the below-floor readings warns "invalid value"; np.where discards them anyway.
    np.seterr(invalid="ignore")
    return np.where(readings < NOISE_FLOOR, 0.0, GAIN * np.sqrt(readings - NOISE_FLOOR))
