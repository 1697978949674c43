"""Counting the Python lines a call executes, with ``sys.settrace``.

A Python loop over n items runs its body's lines n times; NumPy runs its loop in
C, so a vectorized call executes a handful of Python lines whatever n is. The
count does not depend on how busy the machine is, which makes it a probe a check
can decide on::

    events = LineEvents()
    result = events.wrap(function)(data)   # or: with events: function(data)
    events.lines, events.calls, events.busiest()

Only the thread that runs the call is traced. Frames of coursekit itself are not
counted when entered through ``with``; ``wrap`` traces only inside the call.
"""

from __future__ import annotations

import functools
import sys
from collections import Counter
from pathlib import Path

_OWN = str(Path(__file__).resolve().parent)


class LineEvents:
    """Python lines executed and Python function calls entered while tracing."""

    def __init__(self):
        self.lines = 0
        self.calls = 0
        self.calls_by_name: Counter[str] = Counter()
        self.lines_by_name: Counter[str] = Counter()
        self._previous = None

    def _on_call(self, frame, event, arg):
        code = frame.f_code
        if code.co_filename.startswith(_OWN):
            return None  # the course's own machinery: not the code under test
        self.calls += 1
        self.calls_by_name[code.co_qualname] += 1
        return self._on_line

    def _on_line(self, frame, event, arg):
        if event == "line":
            self.lines += 1
            self.lines_by_name[frame.f_code.co_qualname] += 1
        return self._on_line

    def __enter__(self) -> LineEvents:
        self._previous = sys.gettrace()
        sys.settrace(self._on_call)
        return self

    def __exit__(self, *exc) -> None:
        sys.settrace(self._previous)

    def wrap(self, function):
        """``function`` with every call traced into these counters."""

        @functools.wraps(function)
        def traced(*args, **kwargs):
            with self:
                return function(*args, **kwargs)

        return traced

    def busiest(self) -> tuple[str, int]:
        """The function entered most often, and how often (("", 0) when none was)."""
        return self.calls_by_name.most_common(1)[0] if self.calls_by_name else ("", 0)

    def __repr__(self) -> str:
        return f"<LineEvents: {self.lines:,} lines, {self.calls:,} calls>"


def count(function, *args, **kwargs) -> tuple[object, LineEvents]:
    """Call ``function(*args, **kwargs)`` traced; returns its result and the counts."""
    events = LineEvents()
    result = events.wrap(function)(*args, **kwargs)
    return result, events
