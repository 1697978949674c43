"""Timing that a learner can trust: repeat, take the median, show the spread."""

from __future__ import annotations

import inspect
import statistics
import time
from dataclasses import dataclass


@dataclass(frozen=True)
class Timing:
    """Seconds taken by each run; the median is the figure to quote."""

    samples: tuple[float, ...]

    @property
    def median(self) -> float:
        return statistics.median(self.samples)

    @property
    def median_ms(self) -> float:
        return self.median * 1000

    @property
    def spread_ms(self) -> float:
        return (max(self.samples) - min(self.samples)) * 1000

    def __str__(self) -> str:
        runs = len(self.samples)
        if runs == 1:
            return format_ms(self.median_ms)
        return (f"{format_ms(self.median_ms)} (median of {runs}, "
                f"spread {format_ms(self.spread_ms)})")


def format_ms(ms: float) -> str:
    """Milliseconds with the precision a reader needs: 0.42 ms, 8.1 ms, 265 ms."""
    if ms < 1:
        return f"{ms:.2f} ms"
    if ms < 10:
        return f"{ms:.1f} ms"
    return f"{ms:,.0f} ms"


def ratio(slow: Timing, fast: Timing) -> float:
    """How many times faster ``fast`` is than ``slow`` (1.0 when equal)."""
    return slow.median / max(fast.median, 1e-9)


async def time_async(function, *args, repeat: int = 1, **kwargs) -> tuple[Timing, object]:
    """Await ``function(*args)`` ``repeat`` times; returns the timing and the last result."""
    samples, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = await function(*args, **kwargs)
        samples.append(time.perf_counter() - start)
    return Timing(tuple(samples)), result


def time_call(function, *args, repeat: int = 1, **kwargs) -> tuple[Timing, object]:
    """Call ``function(*args)`` ``repeat`` times; returns the timing and the last result."""
    if inspect.iscoroutinefunction(function):
        raise TypeError("use `await time_async(...)` for an async function")
    samples, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = function(*args, **kwargs)
        samples.append(time.perf_counter() - start)
    return Timing(tuple(samples)), result
