"""Runs the per-reading loop in a worker thread, writing into a preallocated array, so that "the caller's thread stays free".

BUG: about as slow as the starter: the Python loop still makes one trip per reading, only in
another thread (about 1,260 ns per reading at 100,000 readings, against about 1,850 for the
starter and about 14 for whole-array NumPy, on a loaded machine), and the caller waits for it
with join(), so nothing runs meanwhile that could not have run before. The GIL lets one thread
at a time run Python code: moving the loop to a thread changes where it runs, not the work.
Values are right.

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

import threading

import numpy as np

__all__ = ["calibrate"]

NOISE_FLOOR = 0.2
GAIN = 2.5


def _fill(values: np.ndarray, out: np.ndarray) -> None:
    for i in range(len(values)):
        reading = values[i]
        out[i] = 0.0 if reading < NOISE_FLOOR else GAIN * (reading - NOISE_FLOOR) ** 0.5


def calibrate(readings: np.ndarray) -> np.ndarray:
    out = np.empty(len(readings))
    worker = threading.Thread(target=_fill, args=(readings, out))
    worker.start()
    worker.join()
    return out
