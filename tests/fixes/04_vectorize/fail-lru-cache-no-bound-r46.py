"""functools.lru_cache(maxsize=None) on the readings' bytes, a copy of the cached result returned: "thread-safe, keyed on the values".

BUG: every batch calibrate sees stays in memory for good: 256 fresh batches of 1,000 readings
(8 KB each) leave about 4,000 KB more allocated, about 16 KB per batch (the key's bytes and
the result), and 100 batches of 100,000 readings about 160 MB. maxsize=None (as
functools.cache) turns off eviction: a sensor's batches almost never repeat, so the cache
only grows. Values, copies and threads are right; with maxsize=64 the same fix passes.

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

import functools

import numpy as np

__all__ = ["calibrate"]

NOISE_FLOOR = 0.2
GAIN = 2.5


@functools.lru_cache(maxsize=None)  # noqa: UP033 (as a learner writes it)
def _calibrated(key: bytes) -> np.ndarray:
    readings = np.frombuffer(key, dtype=np.float64)
    return GAIN * np.sqrt(np.maximum(readings - NOISE_FLOOR, 0.0))


def calibrate(readings: np.ndarray) -> np.ndarray:
    return _calibrated(np.ascontiguousarray(readings, dtype=np.float64).tobytes()).copy()
