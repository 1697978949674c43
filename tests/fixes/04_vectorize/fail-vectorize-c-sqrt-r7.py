"""Clips with NumPy, then takes each square root with np.vectorize(math.sqrt): a C function, "so no Python call per reading".

BUG: still tens of times slower than whole-array NumPy (only a little faster than the
starter): the lesson's mistake in disguise. np.vectorize (via np.frompyfunc) still boxes every
reading into a Python float, calls math.sqrt on it through the Python C-API and unboxes the result: one
Python object and one Python-level call per element, which is exactly the per-element cost the
lesson removes, and what the notebook forbids ("no np.vectorize"). Because math.sqrt is a builtin,
sys.settrace sees no Python line and no Python call per reading, so a count of traced lines and
calls stays flat with the size; only the per-element time shows it. Values are right.

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

# math.sqrt is implemented in C: no Python function runs per reading
_sqrt = np.vectorize(math.sqrt, otypes=[np.float64])


def calibrate(readings: np.ndarray) -> np.ndarray:
    shifted = np.maximum(readings - NOISE_FLOOR, 0.0)  # below the floor -> 0; NaN stays NaN
    return GAIN * _sqrt(shifted)
