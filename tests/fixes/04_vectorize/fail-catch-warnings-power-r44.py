"""Takes the square root with ** 0.5 inside warnings.catch_warnings(action="ignore") and np.errstate, then picks with np.where: "the warning is silenced for these lines only".

BUG: while a call runs, every other thread's warnings are lost: a second thread that warned 245
times during three calls on 5,000,000 readings had 159 of them shown. warnings.catch_warnings
swaps the process's one list of filters on entry and back on exit (the documentation calls it
not thread-safe), so its "ignore" holds for every thread meanwhile. np.errstate alone was
enough: it holds for this thread's NumPy operations only. Values are right.

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

import warnings

import numpy as np

__all__ = ["calibrate"]

NOISE_FLOOR = 0.2
GAIN = 2.5


def calibrate(readings: np.ndarray) -> np.ndarray:
    with warnings.catch_warnings(action="ignore"), np.errstate(invalid="ignore"):
        root = GAIN * (readings - NOISE_FLOOR) ** 0.5
    return np.where(readings < NOISE_FLOOR, 0.0, root)
