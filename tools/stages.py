"""The test stages, each run to the end, failures reported together.

    python tools/stages.py all        what `make test` runs: every test, then both notebook modes
    python tools/stages.py lesson 12  what `make lesson N=12` runs: one lesson, in under a minute

A failing stage does not stop the next one; the exit code is 1 if any failed, and the
last line counts them (``stages: 3 passed, 1 failed``).
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from coursekit import course  # noqa: E402

PYTEST = [sys.executable, "-m", "pytest", "-p", "no:cacheprovider"]
WORKERS = ["-n", "2"]  # CI and Binder-sized machines have 2 cores
# A notebook's cells stay on one worker; every cell has its own timeout.
NOTEBOOKS = [*PYTEST, *WORKERS, "--dist", "loadfile", "--nbval-lax", "--nbval-current-env",
             "--nbval-cell-timeout=120"]


def every_test() -> list[tuple[str, list[str]]]:
    return [
        ("tests (units, attempts, hygiene, browser)", [*PYTEST, *WORKERS]),
        ("notebooks --solutions", [*NOTEBOOKS, "--solutions", "notebooks/"]),
        ("notebooks --starters", [*NOTEBOOKS, "--starters", "notebooks/"]),
    ]


def one_lesson(number: str) -> list[tuple[str, list[str]]]:
    lesson = course.lesson(number)
    files = [lesson.notebook, lesson.exercise, lesson.solution, lesson.checks,
             ROOT / "tests" / "fixes" / lesson.stem]
    notebook = lesson.relative(lesson.notebook)
    return [
        ("ruff", [sys.executable, "-m", "ruff", "check", *map(str, files)]),
        (f"attempts and hygiene of {lesson.stem}",
         [*PYTEST, *WORKERS, "tests/test_fixes.py", "tests/test_hygiene.py", "-k", lesson.stem]),
        (f"{notebook} --solutions", [*NOTEBOOKS, "--solutions", notebook]),
        (f"{notebook} --starters", [*NOTEBOOKS, "--starters", notebook]),
    ]


def run(stages: list[tuple[str, list[str]]], report: bool = False) -> int:
    """Run every stage; with ``report``, print the broken-vs-fixed figures before the count."""
    failed = []
    for name, command in stages:
        print(f"\n=== {name}", flush=True)
        started = time.perf_counter()
        code = subprocess.call(command, cwd=ROOT)
        print(f"=== {name}: {'ok' if code == 0 else f'FAILED (exit {code})'} "
              f"in {time.perf_counter() - started:.0f} s", flush=True)
        if code != 0:
            failed.append(name)
    if report:
        print()
        subprocess.call([sys.executable, "-m", "coursekit", "report"], cwd=ROOT)
    print()
    for name in failed:
        print(f"failed stage: {name}")
    print(f"stages: {len(stages) - len(failed)} passed, {len(failed)} failed")
    return 1 if failed else 0


def main(argv: list[str]) -> int:
    if argv == ["all"]:
        return run(every_test(), report=True)
    if len(argv) == 2 and argv[0] == "lesson":
        return run(one_lesson(argv[1]))
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
