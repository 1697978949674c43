"""Clips with NumPy, then maps math.sqrt, a static method of a small helper class, over the array with np.fromiter: "a C function, no Python per element".

BUG: math.sqrt is still called once per reading (10,000 calls for 10,000 readings), about
fifty times slower per reading than whole-array NumPy (about 250 ns against about 4 at 10,000
readings): map calls it on a NumPy scalar boxed for each element, and np.fromiter collects
the Python floats one by one. A class attribute is only another place to keep the function;
the call per element is the work the lesson removes. No Python line runs per reading
(math.sqrt is C) and no object is kept. Values are right.

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


class _Math:
    sqrt = staticmethod(math.sqrt)


def calibrate(readings: np.ndarray) -> np.ndarray:
    above_floor = np.maximum(readings - NOISE_FLOOR, 0.0)
    roots = np.fromiter(map(_Math.sqrt, above_floor), dtype=np.float64, count=len(above_floor))
    return GAIN * roots
