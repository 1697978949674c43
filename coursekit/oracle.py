"""The starter as an oracle: the learner's results compared with it on generated inputs.

Most starters are correct and only slow, so a fix must give the same answers on every
input a real application meets, not only on the fixture the notebook shows. Inputs come
from Hypothesis strategies, seeded (``derandomize``), bounded in count and with no
example database on disk, so a check stays deterministic and within seconds. On a
difference the check fails with the smallest input Hypothesis found.

    from hypothesis import strategies as st
    from coursekit.oracle import agree

    agree(ctx, st.lists(st.text()), lambda words: (
        ctx.call_sync("count_known", words, which="broken"),
        ctx.call_sync("count_known", words)),
        what="count_known(words)")
"""

from __future__ import annotations

import os
from collections.abc import Callable

from .course import state_dir

# Hypothesis keeps a cache of Unicode data on disk: in .course/, not in the learner's folder.
os.environ.setdefault("HYPOTHESIS_STORAGE_DIRECTORY", str(state_dir() / "hypothesis"))

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from hypothesis.errors import Flaky

from .errors import CheckFailed, CourseError

EXAMPLES = 60  # generated inputs per comparison: a few hundred milliseconds for most lessons

SETTINGS = settings(
    derandomize=True,  # the same inputs on every run: a verdict never depends on luck
    database=None,  # nothing written into the learner's folder
    deadline=None,  # time is the check's business (ctx.call budgets), not Hypothesis's
    max_examples=EXAMPLES,
    phases=(Phase.explicit, Phase.generate, Phase.shrink),
    suppress_health_check=list(HealthCheck),
    print_blob=False,
    report_multiple_bugs=False,
)


class _Differ(AssertionError):
    def __init__(self, example, expected, got):
        super().__init__("results differ")
        self.example, self.expected, self.got = example, expected, got


def short(value, limit: int = 300) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def agree(ctx, strategy: st.SearchStrategy, both: Callable, *, what: str,
          same: Callable = lambda expected, got: expected == got,
          examples: int = EXAMPLES, meaning: str = "", nudge: str = "") -> int:
    """Fail unless ``both(example)`` gives ``(expected, got)`` that are ``same`` for every example.

    ``both`` runs the oracle (usually the starter, ``which="broken"``) and the learner's
    code on one generated example. Returns how many examples agreed.
    """
    count = 0

    @settings(SETTINGS, max_examples=examples)
    @given(strategy)
    def compare(example):
        nonlocal count
        expected, got = both(example)
        if not same(expected, got):
            raise _Differ(example, expected, got)
        count += 1

    try:
        compare()
    except _Differ as differ:
        raise CheckFailed(
            f"{what} gave a different result from the starter's on this input "
            f"(the smallest one found):\n    input:    {short(differ.example)}\n"
            f"    expected: {short(differ.expected)}\n    yours:    {short(differ.got)}",
            meaning or "the starter is slow but right: a fix must keep every answer, on "
            "every input a real application sends, not only on the notebook's example",
            nudge or "run both versions on that input and compare; then fix the case "
            "your version gets wrong",
        ) from None
    except Flaky:
        raise CheckFailed(
            f"{what} gave different results for the same input on different calls",
            "an answer that depends on earlier calls (state kept between calls, a cache "
            "keyed on the wrong thing) is wrong for some caller sooner or later",
            nudge or "make each call depend only on its arguments",
        ) from None
    return count


async def starters_and_yours(ctx, name: str, *args, settle: Callable) -> tuple:
    """The starter's outcome and the learner's, one awaited call of ``name`` each:
    ``settle(value)``, or ``settle(error=...)`` for what it raised (compared like a value; the
    course's own errors, a hang or a broken file, propagate)."""
    outcomes = []
    for which in ("broken", "yours"):
        try:
            value = await ctx.call(name, *args, which=which, catch=False)
            outcomes.append(settle(value))
        except CourseError:
            raise
        except Exception as error:  # what is raised is compared
            outcomes.append(settle(error=error))
    return tuple(outcomes)
