"""Whole-array NumPy steps, but in cache-sized blocks of 16,384 readings.

BUG: past 16,384 readings a batch's Python lines and calls grow with its size again, one trip
through the loop per 16,384 readings, which the contract's "no loop" and "neither may grow with
the number of readings" forbid: the learner (a hurried senior engineer) blocks the work "to
stay in L2 cache". Up to 16,384 readings it is one block, so a line count at 1,000 and 10,000
readings is the same. The speed-up it buys is nothing, the loop is what the lesson removes.
Verified by verify/04_vectorize/fail-blocked-chunks.py: 10 Python lines (2 calls) at 1,000 and
at 10,000 readings, then 52 lines at 100,000 and 437 lines / 63 calls at 1,000,000; values
bit-identical to the starter's.

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

import numpy as np

__all__ = ["calibrate"]

NOISE_FLOOR = 0.2
GAIN = 2.5
BLOCK = 16_384  # 128 KiB of float64: stays in L2 cache


def _calibrate_block(block: np.ndarray, out: np.ndarray) -> None:
    np.subtract(block, NOISE_FLOOR, out=out)
    np.maximum(out, 0.0, out=out)
    np.sqrt(out, out=out)
    np.multiply(out, GAIN, out=out)


def calibrate(readings: np.ndarray) -> np.ndarray:
    calibrated = np.empty(readings.shape, dtype=np.float64)
    for start in range(0, len(readings), BLOCK):
        stop = start + BLOCK
        _calibrate_block(readings[start:stop], calibrated[start:stop])
    return calibrated
