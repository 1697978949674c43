"""np.where over the whole array, with the RuntimeWarning from the square root of the discarded readings silenced by warnings.catch_warnings() around the computation.

BUG: with batches calibrated in several threads, as the sensor service does (on a build with
the GIL; 3.14's free-threaded build keeps filters per context), other threads'
RuntimeWarnings are silenced and the caller's warning filters can end up changed for good:
warnings.catch_warnings() saves and restores the process-wide warnings.filters list, and is
documented as not thread-safe (on 3.14 too, unless sys.flags.context_aware_warnings is on, the
default only on free-threaded builds). While one call is inside the block, every other thread's RuntimeWarnings are silenced too, and when two calls overlap, the one that leaves last restores the list it saw on entry, which already held the other call's "ignore" filter: the caller's warning filters end up permanently changed (an "ignore RuntimeWarning" filter left at the front). It also silences only the warning, not the floating-point error: a caller running with np.seterr(invalid="raise") gets FloatingPointError for any batch with a reading below the floor, where the starter (which never takes the square root of a negative) returns normally. Single-threaded, with NumPy's default settings, it behaves like a correct fix and leaves filters and np.geterr() as they were.

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
import warnings

import numpy as np

__all__ = ["calibrate"]

NOISE_FLOOR = 0.2
GAIN = 2.5


def calibrate_one(reading: float) -> float:
    if reading < NOISE_FLOOR:
        return 0.0
    return GAIN * math.sqrt(reading - NOISE_FLOOR)


def calibrate(readings: np.ndarray) -> np.ndarray:
    with warnings.catch_warnings():  # restores the caller's filters on the way out
        warnings.simplefilter("ignore", RuntimeWarning)  # sqrt of the readings np.where discards
        return np.where(readings < NOISE_FLOOR, 0.0, GAIN * np.sqrt(readings - NOISE_FLOOR))
