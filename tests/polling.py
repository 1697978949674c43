"""Waiting for what a test expects to happen: at once on an idle machine, within 30 s on a
busy one (CI runs eight test workers on two CPUs), so that load never fails a test."""
from __future__ import annotations

import time


def eventually(condition, within: float = 30.0) -> bool:
    """Whether ``condition()`` holds, polled until it does or ``within`` seconds have passed."""
    deadline = time.monotonic() + within
    while not condition() and time.monotonic() < deadline:
        time.sleep(0.02)
    return bool(condition())
