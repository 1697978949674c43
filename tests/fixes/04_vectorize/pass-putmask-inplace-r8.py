"""One new array (readings - NOISE_FLOOR), np.putmask zeroes the below-floor slots, then sqrt and *GAIN in place.

CORRECT: readings - NOISE_FLOOR is a new float64 array (the input untouched, even read-only or strided); putmask on readings < NOISE_FLOOR leaves NaN in place (NaN < floor is False), so the square root never sees a negative and raises nothing under errstate(all="raise"); same float64 steps as the starter, no global state touched.

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
    calibrated = np.subtract(readings, NOISE_FLOOR, dtype=np.float64)
    np.putmask(calibrated, readings < NOISE_FLOOR, 0.0)
    np.sqrt(calibrated, out=calibrated)
    np.multiply(calibrated, GAIN, out=calibrated)
    return calibrated
