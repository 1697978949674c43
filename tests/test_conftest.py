"""conftest.py's modes, tested on small notebooks built here and named by expected outcome."""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest

pytest_plugins = ["pytester"]

CONFTEST = (Path(__file__).resolve().parents[1] / "conftest.py").read_text()
RAISE_CHECK_FAILED = "class CheckFailed(Exception):\n    pass\n\nraise CheckFailed('mistake still there')"
CHECK = ["check", "raises-exception"]  # as in the lessons: Run All goes on past a failing check


def notebook(*cells: tuple[str, list[str]]) -> str:
    book = nbformat.v4.new_notebook()
    book.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    for source, tags in cells:
        cell = nbformat.v4.new_code_cell(source)
        cell.metadata["tags"] = tags
        book.cells.append(cell)
    return nbformat.writes(book)


@pytest.fixture
def course(pytester):
    pytester.makeconftest(CONFTEST)
    pytester.makefile(".ipynb", **{
        "check-raises-checkfailed": notebook(("x = 1", []), (RAISE_CHECK_FAILED, CHECK),
                                             ("assert x == 1", [])),
        "check-passes": notebook(("print('all good')", CHECK)),
        "check-crashes-with-nameerror": notebook(("undefined_name", CHECK)),
        "untagged-cell-raises-checkfailed": notebook((RAISE_CHECK_FAILED, [])),
    })
    return pytester


def run(pytester, *args):
    return pytester.runpytest_subprocess("--nbval-lax", "--nbval-current-env", "-p", "no:cacheprovider",
                                         "-rA", *args)


def test_starters_mode_demands_checkfailed_from_every_check_cell(course):
    result = run(course, "--starters")
    result.assert_outcomes(passed=3, failed=3)
    result.stdout.fnmatch_lines([
        "PASSED check-raises-checkfailed.ipynb::Cell 0",
        "PASSED check-raises-checkfailed.ipynb::Cell 1",
        "PASSED check-raises-checkfailed.ipynb::Cell 2",
    ], consecutive=False)
    result.stdout.fnmatch_lines(["FAILED check-crashes-with-nameerror.ipynb::Cell 0*",
                                 "FAILED check-passes.ipynb::Cell 0*",
                                 "FAILED untagged-cell-raises-checkfailed.ipynb::Cell 0*"],
                                consecutive=False)
    result.stdout.fnmatch_lines(["*must fail with CheckFailed, but it passed*"])
    result.stdout.fnmatch_lines(["*must fail with CheckFailed, but NameError*"])


def test_solutions_mode_demands_every_cell_pass(course):
    result = run(course, "--solutions", "check-raises-checkfailed.ipynb", "check-passes.ipynb")
    result.assert_outcomes(passed=3, failed=1)
    result.stdout.fnmatch_lines(["FAILED check-raises-checkfailed.ipynb::Cell 1*"])


def test_the_default_mode_fails_a_failing_check_despite_its_raises_exception_tag(course):
    result = run(course, "check-raises-checkfailed.ipynb", "check-passes.ipynb")
    result.assert_outcomes(passed=3, failed=1)
    result.stdout.fnmatch_lines(["FAILED check-raises-checkfailed.ipynb::Cell 1*"])


def test_the_mode_reaches_the_kernel(pytester):
    pytester.makeconftest(CONFTEST)
    pytester.makefile(".ipynb", **{"mode-is-solutions": notebook(
        ("import os\nassert os.environ['COURSEKIT_MODE'] == 'solutions'", []))})
    run(pytester, "--solutions").assert_outcomes(passed=1)
    run(pytester).assert_outcomes(failed=1)


def test_the_two_modes_exclude_each_other(pytester):
    pytester.makeconftest(CONFTEST)
    result = run(pytester, "--solutions", "--starters")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(["*--solutions and --starters exclude each other*"])
