"""The record of every check run, and what is read from it: progress and the report.

Kept in ``.course/results.json``: progress reads the learner's runs, ``make report``
prints the broken-vs-fixed table from the latest run of each lesson in each mode.
"""

from __future__ import annotations

import json
import time

from . import course
from .course import state_dir
from .loading import load_file
from .timing import format_ms


def _path():
    return state_dir() / "results.json"


def load() -> dict:
    """{mode: {lesson number: record}}; an unreadable file counts as empty."""
    try:
        return json.loads(_path().read_text())
    except (OSError, ValueError):
        return {}


def record(mode: str, number: str, passed: bool, measurements: dict) -> None:
    data = load()
    data.setdefault(mode, {})[number] = {
        "passed": passed,
        "when": time.strftime("%Y-%m-%d %H:%M:%S"),
        "measurements": measurements,
    }
    path = _path()
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(".tmp")
    temporary.write_text(json.dumps(data, indent=1, sort_keys=True))
    temporary.replace(path)


def lesson_info(lesson: course.Lesson) -> tuple[str, int]:
    """(title, minutes) as the lesson's check module declares them."""
    module = load_file(lesson.checks)
    return module.TITLE, module.MINUTES


def progress_text() -> str:
    records = load().get("exercises", {})
    rows, done = [], 0
    for lesson in course.lessons():
        title, minutes = lesson_info(lesson)
        record = records.get(lesson.number)
        if record is None:
            state = "not checked yet"
        elif record["passed"]:
            state, done = f"✓ passed ({record['when']})", done + 1
        else:
            state = f"✗ not yet (last check {record['when']})"
        rows.append(f"{lesson.number}  {title:<34} {minutes:>3} min  {state}")
    total = len(rows)
    return "\n".join([f"Progress: {done} of {total} lessons passed", *rows])


def progress() -> None:
    """Show which lessons' checks you have passed."""
    from . import widgets

    widgets.show(progress_text())


def report_text() -> str:
    """The latest measured figures of every lesson, per mode: what ``make report`` prints."""
    data = load()
    if not data:
        return "No check has run yet: run `make test`, or a check in a notebook, first."
    lines = [f"{'lesson':<28} {'mode':<10} {'result':<7} {'broken':>10} {'fixed':>10} "
             f"{'ratio':>7}  probes"]
    for lesson in course.lessons():
        for mode in course.MODES:
            record = data.get(mode, {}).get(lesson.number)
            if record is None:
                continue
            m = dict(record["measurements"])
            broken, fixed, ratio = m.pop("broken_ms", None), m.pop("yours_ms", None), m.pop("speedup", None)
            m.pop("runs", None)
            probes = ", ".join(f"{key}={value}" for key, value in m.items())
            lines.append(
                f"{lesson.stem:<28} {mode:<10} {'pass' if record['passed'] else 'fail':<7} "
                f"{_ms(broken):>10} {_ms(fixed):>10} {_x(ratio):>7}  {probes}"
            )
    return "\n".join(lines)


def _ms(value) -> str:
    return "-" if value is None else format_ms(value)


def _x(value) -> str:
    return "-" if value is None else f"{value:.1f}x"
