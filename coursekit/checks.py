"""``check(NN)``: run a lesson's hidden checks on the learner's file and show the verdict.

The checks run in a child process (checkrun.py, runner.py), so an endless loop or a
never-ending await costs seconds, not the kernel.
"""

from __future__ import annotations

import html

from . import course, results, starters, widgets
from .checkrun import Verdict, run
from .context import speed_note
from .errors import CheckFailed
from .timing import format_ms

__all__ = ["Verdict", "check", "run", "summary"]


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
    if mode == "exercises" and (notice := starters.update_notice(lesson)):
        verdict.notes.append(notice)
    results.record(mode, lesson.number, verdict.passed, verdict.measurements)
    status.update(f"Checked {verdict.file} in {verdict.seconds:.1f} s.")
    show_verdict(verdict)
    if verdict.error is not None:
        raise verdict.error


def draw(event: dict) -> None:
    """Draw a picture a check asked for with ``ctx.show(picture, **data)``."""
    data = event["data"]
    if event["picture"] == "race":
        # no winner's colours for a tie (your file may still be the starter)
        colors = [widgets.NEUTRAL] * 2 if data.get("noise") else [widgets.BROKEN, widgets.YOURS]
        widgets.race([tuple(row) for row in data["rows"]], data.get("title", ""), data.get("note", ""),
                     colors=colors)
    elif event["picture"] == "timeline":
        widgets.timeline([tuple(row) for row in data["intervals"]], data.get("title", ""),
                         data.get("color", widgets.NEUTRAL), data.get("end"))
    elif event["picture"] == "counts":
        widgets.counts([tuple(row) for row in data["rows"]], data.get("title", ""),
                       data.get("unit", ""), data.get("colors"))
    elif event["picture"] == "latencies":
        from . import load

        load.show([tuple(row) for row in data["rows"]], data.get("title", ""), data.get("colors"))
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
    lines += [f"  ✗ {doc}" for doc in verdict.also_failed]
    m = verdict.measurements
    if "broken_ms" in m:
        note = speed_note(m["speedup"], m.get("within_noise", False), m.get("same_code", False),
                          m.get("apart", True), m.get("throttled", False), m.get("caveat", ""))
        lines.append(f"  Broken {format_ms(m['broken_ms'])} → yours {format_ms(m['yours_ms'])}: "
                     f"{note} (median of {m['runs']} runs each, measured just now)")
    lines += [f"  {note}" for note in verdict.notes]
    if verdict.output_lines:
        shown = list(verdict.output)
        lines.append(f"  Printed during the check, the starter's runs included "
                     f"({verdict.output_lines:,} lines, last {len(shown)} shown):")
        lines += [f"    | {line}" for line in shown]
    if isinstance(verdict.error, CheckFailed):
        again = (f"hint({int(number)})" if widgets.in_kernel()
                 else f"python -m coursekit hint {int(number)}")
        lines.append(f"  Stuck? `{again}` gives a hint; run it again for the next one.")
    if with_error and verdict.error is not None:
        lines += ["", str(verdict.error)]
    return "\n".join(lines)


def show_verdict(verdict: Verdict) -> None:
    # Without the error: check() raises it next, and IPython renders it below.
    text = summary(verdict, with_error=False)
    color = widgets.YOURS if verdict.passed else widgets.BROKEN
    body = html.escape(text)
    widgets.show(text, html_text=f'<pre style="border-left:4px solid {color};padding:6px 10px;'
                                 f'white-space:pre-wrap;word-break:normal;overflow-wrap:break-word">{body}</pre>')
