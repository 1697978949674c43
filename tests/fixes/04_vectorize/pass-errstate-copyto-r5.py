"""Square roots of the whole batch under an np.errstate decorator, then np.copyto writes 0.0 where a reading is below the floor.

CORRECT: np.errstate used as a decorator scopes the "invalid" setting to the call (thread- and context-local in NumPy 2, restored on the way out even when an exception is raised), so neither np.geterr() nor the warning filters change and a caller's invalid="raise" does not turn the discarded NaNs into an exception. GAIN * np.sqrt(...) allocates a fresh float64 array; np.copyto(where=readings < floor) is False for NaN, so NaN readings keep their NaN, exactly as in the starter.

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


@np.errstate(invalid="ignore")  # the square roots of readings below the floor are overwritten below
def calibrate(readings: np.ndarray) -> np.ndarray:
    calibrated = GAIN * np.sqrt(readings - NOISE_FLOOR)
    np.copyto(calibrated, 0.0, where=readings < NOISE_FLOOR)
    return calibrated
