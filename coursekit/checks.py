"""Run a lesson's hidden checks against a file and show the verdict.

The checks run in a child process (runner.py). This side reads its events, keeps
a deadline for every call into the learner's code, and stops the child when one
overruns, so an endless loop or a never-ending await costs seconds, not the kernel.
"""

from __future__ import annotations

import html
import json
import os
import queue
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from . import course, results, starters, widgets
from .context import MARK, speed_note
from .errors import CheckFailed, CourseError, ExerciseBroken
from .timing import format_ms

GRACE = 3.0  # seconds past a call's own budget before the child is stopped
LIMIT = 90.0  # seconds for a whole check run, whatever happens


@dataclass
class Verdict:
    lesson: course.Lesson
    file: str
    passed_checks: list[str] = field(default_factory=list)
    failed_check: str | None = None
    error: CourseError | None = None
    measurements: dict = field(default_factory=dict)
    pictures: list[dict] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    output: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def passed(self) -> bool:
        return self.error is None


def run(lesson: course.Lesson, yours: Path, broken: Path, on_event=None,
        measure: bool = True) -> Verdict:
    """Run the checks of ``lesson`` on ``yours`` (timed against ``broken``) and return the verdict.

    ``measure=False`` skips the timing race: the verdict never depends on it.
    """
    verdict = Verdict(lesson=lesson, file=lesson.relative(yours))
    env = dict(os.environ, COURSEKIT_ROOT=str(course.root()), PYTHONUNBUFFERED="1",
               PYTHONIOENCODING="utf-8")
    started = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-m", "coursekit.runner", lesson.number, str(yours), str(broken),
         "measure" if measure else "no-measure"],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
        env=env, cwd=course.root(), text=True, encoding="utf-8", errors="replace",
    )
    lines: queue.Queue = queue.Queue()
    threading.Thread(target=_pump, args=(child.stdout, lines), daemon=True).start()
    calling, call_deadline, done, crash = None, None, False, None
    try:
        while True:
            deadline = started + LIMIT
            if call_deadline is not None:
                deadline = min(deadline, call_deadline)
            try:
                line = lines.get(timeout=max(0.0, deadline - time.perf_counter()))
            except queue.Empty:
                verdict.error = _overran(calling, verdict.file)
                break
            if line is None:
                break
            if not line.startswith(MARK):
                verdict.output.append(line.rstrip("\n"))
                continue
            event = json.loads(line[len(MARK):])
            kind = event["type"]
            if kind == "call":
                calling = event
                call_deadline = time.perf_counter() + event["budget"] + GRACE
            elif kind == "returned":
                calling, call_deadline = None, None
            elif kind == "passed":
                verdict.passed_checks.append(event["doc"])
            elif kind == "check":
                verdict.failed_check = event["doc"]
            elif kind == "failed":
                verdict.error = (
                    CheckFailed(event["observed"], event["meaning"], event["nudge"])
                    if event["kind"] == "CheckFailed" else ExerciseBroken(event["message"])
                )
            elif kind == "record":
                verdict.measurements.update(event["values"])
            elif kind == "picture":
                verdict.pictures.append(event)
            elif kind == "note":
                verdict.notes.append(event["text"])
            elif kind == "crash":
                crash = event["traceback"]
            elif kind == "done":
                done = True
            if on_event is not None:
                on_event(event)
    finally:
        if child.poll() is None:
            child.kill()
        child.wait()
        child.stdout.close()
    verdict.seconds = time.perf_counter() - started
    if verdict.error is None and not done:
        if crash is not None:
            raise RuntimeError(f"The checks of lesson {lesson.number} crashed:\n{crash}")
        verdict.error = _ended(calling, verdict, child.returncode)
    if verdict.passed:
        verdict.failed_check = None
    return verdict


def _pump(stream, lines: queue.Queue) -> None:
    for line in stream:
        lines.put(line)
    lines.put(None)


def _overran(calling: dict | None, file: str) -> ExerciseBroken:
    if calling is None:
        return ExerciseBroken(f"The checks did not finish within {LIMIT:g} s.")
    if calling["function"].startswith("("):
        return ExerciseBroken(
            f"{calling['file']} did not finish loading within {calling['budget']:g} s: "
            "does code at the top of the file wait, sleep or loop forever?"
        )
    return ExerciseBroken(
        f"`{calling['function']}` in {calling['file']} did not return within "
        f"{calling['budget']:g} s, so the check stopped it: an endless loop, or a call "
        "that blocks and never comes back?"
    )


def _ended(calling: dict | None, verdict: Verdict, code: int) -> ExerciseBroken:
    where = (f"while running `{calling['function']}` in {calling['file']}" if calling
             else f"while checking {verdict.file}")
    tail = "\n".join(verdict.output[-5:])
    return ExerciseBroken(
        f"The check process stopped {where} (exit code {code}): does the code call "
        f"sys.exit() or os._exit()?" + (f"\nLast output:\n{tail}" if tail else "")
    )


# --- what the learner calls -------------------------------------------------------------

def check(number: int | str) -> None:
    """Run lesson ``number``'s hidden checks on your exercise file and say what they found.

    Raises CheckFailed (the mistake is still there) or ExerciseBroken (the file could
    not be graded), shown as a short message, not a traceback.
    """
    lesson = course.lesson(number)
    mode = course.mode()
    yours = lesson.graded()
    status = widgets.Status(f"Checking {lesson.relative(yours)} (lesson {lesson.number})…")
    progress = {"done": 0}

    def on_event(event: dict) -> None:
        if event["type"] == "check":
            progress["done"] += 1
            status.update(f"Check {progress['done']}: {event['doc']}…")
        elif event["type"] == "picture":
            draw(event)

    verdict = run(lesson, yours, starters.baseline(lesson), on_event=on_event)
    results.record(mode, lesson.number, verdict.passed, verdict.measurements)
    status.update(f"Checked {verdict.file} in {verdict.seconds:.1f} s.")
    show_verdict(verdict)
    if verdict.error is not None:
        raise verdict.error


def draw(event: dict) -> None:
    data = event["data"]
    if event["picture"] == "race":
        widgets.race([tuple(row) for row in data["rows"]], data.get("title", ""), data.get("note", ""))
    elif event["picture"] == "timeline":
        widgets.timeline([tuple(row) for row in data["intervals"]], data.get("title", ""),
                         data.get("color", widgets.NEUTRAL))
    elif event["picture"] == "stalls":
        widgets.stalls([tuple(row) for row in data["samples"]], data.get("title", ""),
                       data.get("limit_ms", 50.0))


def summary(verdict: Verdict, with_error: bool = True) -> str:
    """The verdict in plain text, as the notebook and the command line both show it."""
    number = verdict.lesson.number
    mark, outcome = ("✓", "passed") if verdict.passed else ("✗", "not yet")
    lines = [f"{mark} Lesson {number} {outcome}: {verdict.file}"]
    lines += [f"  ✓ {doc}" for doc in verdict.passed_checks]
    if verdict.failed_check:
        lines.append(f"  ✗ {verdict.failed_check}")
    m = verdict.measurements
    if "broken_ms" in m:
        lines.append(f"  Broken {format_ms(m['broken_ms'])} → yours {format_ms(m['yours_ms'])}: "
                     f"{speed_note(m['speedup'])} (median of {m['runs']} runs each, "
                     "measured just now)")
    lines += [f"  {note}" for note in verdict.notes]
    if verdict.output:
        shown = verdict.output[-15:]
        lines.append(f"  Your code printed ({len(verdict.output)} lines, last {len(shown)} shown):")
        lines += [f"    | {line}" for line in shown]
    if isinstance(verdict.error, CheckFailed):
        lines.append(f"  Stuck? hint({int(number)}) gives a hint; run it again for the next one.")
    if with_error and verdict.error is not None:
        lines += ["", str(verdict.error)]
    return "\n".join(lines)


def show_verdict(verdict: Verdict) -> None:
    # Without the error: check() raises it next, and IPython renders it below.
    text = summary(verdict, with_error=False)
    color = widgets.YOURS if verdict.passed else widgets.BROKEN
    body = html.escape(text)
    widgets.show(text, html_text=f'<pre style="border-left:4px solid {color};padding:6px 10px;'
                                 f'white-space:pre-wrap">{body}</pre>')
