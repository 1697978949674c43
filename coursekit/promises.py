"""The verdict an attempt's name promises, on the Python that runs it.

``pass-*``, ``fail-*`` or ``broken-*``; a wrong fix that only some Pythons get wrong (a
CPython bug fixed later) says so with a docstring line ``passes from Python 3.N``.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path


def promised(attempt: Path) -> str:
    outcome = attempt.stem.split("-", 1)[0]
    fixed = re.search(r"^passes from Python 3\.(\d+)$", attempt.read_text(), re.M)
    if outcome == "fail" and fixed and sys.version_info >= (3, int(fixed.group(1))):
        return "pass"
    return outcome
