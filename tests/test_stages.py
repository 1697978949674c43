"""`make test`'s stages: every one runs to the end, and an environment to make starts at once."""

from __future__ import annotations

import re
import sys

import stages


def test_a_failing_stage_stops_nothing_and_an_environment_is_made_beside_the_first(
        tmp_path, capfd):
    marker = tmp_path / "made"
    python = [sys.executable, "-c"]
    listed = [
        ("first", [*python, f"import pathlib, time; time.sleep(1); "
                            f"print('made first' if pathlib.Path({str(marker)!r}).exists() else "
                            f"'not made yet')"]),
        ("failing", [*python, "raise SystemExit(3)"]),
        (f"{stages.ENVIRONMENT} 3.99", [*python, f"import pathlib; pathlib.Path({str(marker)!r})"
                                                 f".touch(); print('environment output')"]),
        ("last", [*python, "print('last ran')"]),
    ]
    assert stages.one_by_one(listed) == ["failing"]
    out = capfd.readouterr().out
    assert "made first" in out, "the environment was made while the first stage ran"
    assert out.index("=== failing") < out.index("environment output") < out.index("last ran")


def test_a_stage_reports_the_cpu_time_its_processes_used(capfd):
    busy = [sys.executable, "-c", "import time\nend = time.process_time() + 1.2\n"
                                  "while time.process_time() < end: pass"]
    assert stages.one_by_one([("busy", busy)]) == []
    out = capfd.readouterr().out
    assert re.search(r"=== busy: ok in \d+ s, 1 CPU-s \(\d+% of \d+ cores\)", out), out
