"""Vectorized in place on one new array, with a shortcut that returns a module-level empty array for an empty batch.

BUG: anything a caller does to the result of an empty batch (attaches it somewhere, resizes it
with ndarray.resize, sets flags like writeable=False) happens to every other caller's empty
result and to every later one: every such call returns the same module-level object, where the
contract promises a NEW float64 array on every call. Results of different calls are the same
object, `calibrate(e) is calibrate(f)` is True. np.shares_memory cannot see it (an empty array
has no memory to share), only identity can. Non-empty batches are correct.

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


_NO_READINGS = np.empty(0)  # an empty batch needs no work: hand back the same empty result


def calibrate(readings: np.ndarray) -> np.ndarray:
    if readings.size == 0:
        return _NO_READINGS
    shifted = readings - NOISE_FLOOR
    np.maximum(shifted, 0.0, out=shifted)
    np.sqrt(shifted, out=shifted)
    shifted *= GAIN
    return shifted
