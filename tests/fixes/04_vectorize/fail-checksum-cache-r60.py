"""Vectorized, with the last result kept and returned (copied) when the same batch comes again.

BUG: the batch is recognised by (length, sum, min, max), so a caller who reorders the same
readings (sorts or shuffles them in place, or sends the same values in another order) gets the
previous order's values back: stale results. It also holds two arrays of the last batch
forever.

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


_last_key = None
_last_result = None


def calibrate(readings: np.ndarray) -> np.ndarray:
    global _last_key, _last_result
    key = (len(readings), float(readings.sum()), float(readings.min(initial=np.inf)),
           float(readings.max(initial=-np.inf)))
    if key == _last_key:
        return _last_result.copy()
    with np.errstate(invalid="ignore"):
        calibrated = GAIN * np.sqrt(readings - NOISE_FLOOR)
    calibrated[readings < NOISE_FLOOR] = 0.0
    _last_key, _last_result = key, calibrated.copy()
    return calibrated
