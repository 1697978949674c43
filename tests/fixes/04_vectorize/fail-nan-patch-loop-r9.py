"""Vectorizes the normal path with np.maximum, and patches the rare dropped samples (NaN) one by one afterwards.

BUG: a batch from a failing sensor (mostly NaN) is as slow as the starter: the per-element
Python loop is still there, only moved to the NaN readings, and the Python lines run grow with
the number of NaNs in the batch. On clean random data (1,000 or 10,000 readings) the line count
is constant and the values are right, but a batch from a failing sensor (mostly NaN) pays the
interpreter per reading again, exactly the lesson's mistake. (np.maximum already propagates
NaN: the patch is useless as well as slow.)

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
    calibrated = GAIN * np.sqrt(np.maximum(readings - NOISE_FLOOR, 0.0))
    # A dropped sample must stay NaN, never a quiet 0.0: make sure of it.
    for i in np.flatnonzero(np.isnan(readings)):
        calibrated[i] = calibrate_one(readings[i])
    return calibrated
