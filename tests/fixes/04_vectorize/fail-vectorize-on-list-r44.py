"""Clips with NumPy, then applies np.vectorize(math.sqrt) to the readings as a plain list: "a C function, handed a list".

BUG: math.sqrt is called once per reading (10,000 calls for 10,000 readings), and the call is
about a hundred times slower per reading than whole-array NumPy (about 1,250 ns against about 16
at 100,000 readings on a loaded machine): shifted.tolist() boxes every reading into a Python
float, and np.vectorize turns the list into an array of objects and calls math.sqrt on each.
math.sqrt is a builtin, so no Python line runs per reading; the calls, and the floats, are still
one per reading. Values are right.

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

_root = np.vectorize(math.sqrt, otypes=[float])


def calibrate(readings: np.ndarray) -> np.ndarray:
    shifted = np.maximum(readings - NOISE_FLOOR, 0.0)
    return GAIN * _root(shifted.tolist())
