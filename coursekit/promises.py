"""The verdict an attempt's name promises, on the Python that runs it.

``pass-*``, ``fail-*`` or ``broken-*``. An attempt right only on newer Pythons says so with
a docstring line ``passes from Python 3.N``: a wrong fix that a CPython bug fixed later
makes wrong (``fail-``), or a file that uses what older Pythons lack (``broken-``:
``os.process_cpu_count``, ``itertools.batched``), which the course's oldest Python cannot run.
A fix right on older Pythons and wrong on newer ones (it ignores a setting they added, such as
sqlite3's ``autocommit=`` in 3.12) is a ``pass-`` saying ``fails from Python 3.N``; so is a
``broken-`` file that, once newer Pythons can run it, shows another bug. A ``broken-`` file
that hangs only when a race goes one way says ``or fails: <why>``: the other way, a check
refuses it (``accepted``). A wrong fix whose mistake needs several CPUs to show (workers all
pinned to one CPU) says ``needs: N usable CPUs``: with fewer, any verdict keeps its promise.
A wrong fix may name the checks it fails (``fails: <check's first docstring line>``) and those
it may also fail on a busy machine (``may also fail: <check>``): ``named_checks``.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from .cpus import usable as usable_cpus


def promised(attempt: Path) -> str:
    outcome = attempt.stem.split("-", 1)[0]
    text = attempt.read_text()
    for changed, becomes, before in (("passes", "pass", ("fail", "broken")),
                                     ("fails", "fail", ("pass", "broken"))):
        since = re.search(rf"^{changed} from Python 3\.(\d+)$", text, re.M)
        if outcome in before and since and sys.version_info >= (3, int(since.group(1))):
            return becomes
    return outcome


def version_bound(attempt: Path) -> bool:
    """Its verdict changes with the Python: `make test` proves it on both of its Pythons."""
    return bool(re.search(r"^(passes|fails) from Python 3\.\d+$", attempt.read_text(), re.M))


def accepted(attempt: Path) -> set[str]:
    """The verdicts that keep the attempt's promise: the promised one, and a failed check too
    for a ``broken-`` file that hangs on a race (a line ``or fails: <why>``)."""
    outcome = promised(attempt)
    if usable_cpus() < needs_cpus(attempt):
        return {"pass", "fail", "broken"}
    if outcome == "broken" and re.search(r"^or fails: ", attempt.read_text(), re.M):
        return {"broken", "fail"}
    return {outcome}


def needs_cpus(attempt: Path) -> int:
    needs = re.search(r"^needs: (\d+) usable CPUs", attempt.read_text(), re.M)
    return int(needs.group(1)) if needs else 1


def named_checks(attempt: Path) -> tuple[list[str], list[str]]:
    """The checks a wrong fix says it fails (``fails:``, in order) and those it may also fail."""
    text = attempt.read_text()
    return (re.findall(r"^fails: (.+)$", text, re.M),
            re.findall(r"^may also fail: (.+)$", text, re.M))


def names_kept(attempt: Path, failed: list[str]) -> bool:
    """Whether the checks that failed (``failed``, in order) are the ones the attempt names, the
    ones it may also fail aside; True when it names none."""
    named, maybe = named_checks(attempt)
    return not named or [check for check in failed if check not in maybe] == named
