"""Deterministic evidence the checks decide on, beside what the slow API counts."""

from __future__ import annotations

import asyncio
import contextlib
import time


class Heartbeat:
    """Measures how late the running event loop wakes a task that asks to sleep briefly.

    ``async with Heartbeat() as beat: ...`` then ``beat.max_lag_ms``. While the loop is
    free the lag stays near 0; a blocking call stalls every task, and the lag grows
    to the length of the stall. ``beat.samples`` holds (seconds, lag in ms) to draw.
    """

    def __init__(self, interval: float = 0.005):
        self.interval = interval
        self.samples: list[tuple[float, float]] = []
        self._task: asyncio.Task | None = None

    @property
    def max_lag_ms(self) -> float:
        return max((lag for _, lag in self.samples), default=0.0)

    async def _beat(self) -> None:
        start = time.perf_counter()
        while True:
            before = time.perf_counter()
            await asyncio.sleep(self.interval)
            after = time.perf_counter()
            lag = max(0.0, (after - before - self.interval) * 1000)
            self.samples.append((after - start, lag))

    async def __aenter__(self) -> Heartbeat:
        self._task = asyncio.create_task(self._beat())
        await asyncio.sleep(0)  # let the first beat start before the work does
        return self

    async def __aexit__(self, *exc) -> None:
        # One more beat so that a stall at the very end is measured too.
        await asyncio.sleep(self.interval * 2)
        self._task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await self._task
