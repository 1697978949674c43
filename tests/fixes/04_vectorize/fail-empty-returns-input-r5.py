"""Vectorized with np.maximum and np.sqrt, with a fast path that hands an empty batch straight back.

BUG: for an empty batch the function returns the caller's own array object, not a new one: `calibrate(r) is r`. NumPy's np.shares_memory() and np.may_share_memory() both answer False for empty arrays (there is no byte to share), so a check that tests "shares no memory with the input" by memory overlap accepts it. The caller gets its input back: a read-only input gives a read-only "result", an input that is a view of a larger buffer gives back that view (result.base is the caller's buffer), and anything the caller later does to the result in place (resize, setflags, metadata) is done to its input.

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
    if not len(readings):
        return readings  # an empty batch: nothing to calibrate
    return GAIN * np.sqrt(np.maximum(readings - NOISE_FLOOR, 0.0))  # NaN stays NaN
