"""Every lesson's check fails its untouched starter on this Python: with CheckFailed, which
names what it observed, never with a crash or an ExerciseBroken.

On the newest other Python, `make test` runs this file instead of every notebook with its
starter: the notebooks with the solutions run there too, so what only the starters' run
proved, the check failing, is proved here in seconds.
"""

from __future__ import annotations

import pytest

from coursekit import course, starters
from coursekit.checks import run, summary
from coursekit.errors import CheckFailed


@pytest.mark.parametrize("lesson", course.lessons(), ids=lambda lesson: lesson.stem)
def test_the_check_fails_the_untouched_starter(lesson):
    starter = starters.baseline(lesson)  # the untouched one, whatever exercises/ holds now
    verdict = run(lesson, starter, starter, measure=False)
    assert isinstance(verdict.error, CheckFailed), summary(verdict)
    assert verdict.error.observed and verdict.error.meaning, summary(verdict)
