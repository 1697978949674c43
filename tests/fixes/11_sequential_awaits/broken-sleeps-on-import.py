"""Code at the top of the file that never finishes.

expect: did not finish loading within 10 s
"""
import time

time.sleep(3600)
