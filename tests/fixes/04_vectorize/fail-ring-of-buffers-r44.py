"""Keeps a ring of 4 preallocated result arrays per batch shape, handed out in turn with an atomic counter: "no allocation per batch, and two threads never get the same one".

BUG: a result the caller keeps is overwritten by the fourth call after it: of a kept result for
1,000 readings, 907 values had changed once four more batches were calibrated, and it no longer
equals its batch's calibration. Two calls at once get different buffers (itertools.count is
atomic), and a buffer comes back only after three others, so two calls in a row, or two at once,
look right; a caller that queues results for storage, or keeps a window of recent batches, gets
later batches' numbers in earlier results.

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

import itertools

import numpy as np

__all__ = ["calibrate"]

NOISE_FLOOR = 0.2
GAIN = 2.5

_RING = 4
_slots: dict = {}
_turns = itertools.count()


def calibrate(readings: np.ndarray) -> np.ndarray:
    ring = _slots.setdefault(readings.shape, [np.empty(readings.shape) for _ in range(_RING)])
    out = ring[next(_turns) % _RING]
    np.subtract(readings, NOISE_FLOOR, out=out)
    np.maximum(out, 0.0, out=out)
    np.sqrt(out, out=out)
    np.multiply(out, GAIN, out=out)
    return out
