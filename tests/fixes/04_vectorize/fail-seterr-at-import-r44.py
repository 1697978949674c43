"""Clips before the square root, and switches NumPy's warnings off once, at the top of the file, since "calibration never needs them".

BUG: once the service imports this file, its own invalid operations and divisions by zero give
no warning at all: np.geterr() is {'divide': 'ignore', 'over': 'ignore', 'under': 'ignore',
'invalid': 'ignore'} for the code that imported it, and np.sqrt(np.array([-1.0])) and
np.array([1.0]) / 0.0 there give no warning. np.seterr at import runs once, in the importer's
thread (its context: NumPy's error state is a context variable), and changes NumPy's error
handling there for good, not for calibrate. The values are right and the calibration fast; it
is the rest of the service that goes deaf.

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

np.seterr(all="ignore")  # calibration never needs NumPy's warnings


def calibrate(readings: np.ndarray) -> np.ndarray:
    return GAIN * np.sqrt(np.maximum(readings - NOISE_FLOOR, 0.0))
