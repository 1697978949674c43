"""A while loop whose index never moves.

expect: `calibrate` in tests/fixes/04_vectorize/broken-endless-loop.py did not return within
"""
import numpy as np


def calibrate(readings):
    calibrated = np.empty(len(readings))
    i = 0
    while i < len(readings):
        calibrated[i] = readings[i]
    return calibrated
