"""Vectorized; the floor and gain are read once, on the first call, into float64 scalars.

BUG: NOISE_FLOOR and GAIN are captured on the first call and never read again: a service that
sets the module's NOISE_FLOOR or GAIN after its first batch (recalibrating the sensor) keeps
getting the old floor and gain. The starter reads them on every call.

The exercise's own text, kept:

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


_settings = None


def calibrate(readings: np.ndarray) -> np.ndarray:
    global _settings
    if _settings is None:
        _settings = (np.float64(NOISE_FLOOR), np.float64(GAIN))
    floor, gain = _settings
    with np.errstate(invalid="ignore"):
        calibrated = gain * np.sqrt(readings - floor)
    calibrated[readings < floor] = 0.0
    return calibrated
