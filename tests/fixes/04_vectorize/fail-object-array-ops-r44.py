"""Clips and takes the square roots with NumPy, then scales an object array with the operator: "no function is called per reading".

BUG: one Python object per reading, and many times slower than whole-array NumPy: for 10,000
readings the call holds about 19,900 more memory blocks of Python's allocator at its peak than
before it (the solution: 7), and at 100,000 readings it took about 630 ns per reading against
about 13 here (a loaded machine). root.astype(object) boxes every reading into a Python float,
the operator on an object array calls float.__mul__ once per element through the object
protocol, and astype(np.float64) unboxes each one again. No function of the file runs per
reading and no Python line either: only the objects held at once show it. Values are right.

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


def calibrate(readings: np.ndarray) -> np.ndarray:
    root = np.sqrt(np.maximum(readings - NOISE_FLOOR, 0.0))
    boxed = root.astype(object)  # Python floats: exact, like the starter's
    return (boxed * GAIN).astype(np.float64)
