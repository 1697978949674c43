"""The untouched starters: the broken baseline for races, and what reset restores.

A snapshot of each starter is taken into ``.course/starters/`` before the learner
edits anything: by ``python -m coursekit setup`` (``make lab``, Binder's postBuild),
or else the first time the course asks for it. Git history is not used: Binder
images leave out ``.git``.
"""

from __future__ import annotations

import shutil
import time
from pathlib import Path

from .course import Lesson, lessons, mode, root, state_dir


def snapshot(lesson: Lesson) -> Path:
    """The saved starter of ``lesson``, taken now from exercises/ if there is none yet."""
    saved = state_dir() / "starters" / f"{lesson.stem}.py"
    if not saved.exists() and lesson.exercise.exists():
        saved.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(lesson.exercise, saved)
    return saved


def snapshot_all() -> list[Path]:
    return [snapshot(each) for each in lessons()]


def baseline(lesson: Lesson) -> Path:
    """The broken version to time against: in the test modes exercises/ is the untouched starter."""
    return snapshot(lesson) if mode() == "exercises" else lesson.exercise


def reset(lesson: Lesson) -> tuple[Path, Path | None]:
    """Put the starter back in exercises/, keeping the learner's file in backups/."""
    saved = snapshot(lesson)
    if not saved.exists():
        raise FileNotFoundError(f"No starter is saved for lesson {lesson.number}; "
                                f"get {lesson.relative(lesson.exercise)} from the course repository.")
    backup = None
    if lesson.exercise.exists():
        if lesson.exercise.read_bytes() == saved.read_bytes():
            return lesson.exercise, None
        stamp = time.strftime("%Y%m%d-%H%M%S")
        backup = root() / "backups" / f"{lesson.stem}.{stamp}.py"
        backup.parent.mkdir(parents=True, exist_ok=True)
        counter = 1
        while backup.exists():
            backup = backup.with_name(f"{lesson.stem}.{stamp}-{counter}.py")
            counter += 1
        shutil.copyfile(lesson.exercise, backup)
    lesson.exercise.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(saved, lesson.exercise)
    return lesson.exercise, backup
