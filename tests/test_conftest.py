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


def test_the_verdict_cache_skips_a_notebook_run_until_its_code_or_lesson_changes(
        pytester, monkeypatch):
    pytester.makeconftest(CONFTEST)
    for folder in ("checks", "exercises", "solutions"):
        (pytester.path / folder).mkdir()
        (pytester.path / folder / "99_demo.py").write_text("x = 1\n")
    (pytester.path / "checks" / "starters.sha256").write_text("")
    (pytester.path / "notebooks").mkdir()
    lesson = pytester.path / "notebooks" / "99_demo.ipynb"
    monkeypatch.setenv("COURSEKIT_ROOT", str(pytester.path))
    monkeypatch.setenv("PYTHONPATH", str(Path(__file__).resolve().parents[1] / "tools"))
    cache = ["--verdict-cache", str(pytester.path / "cache")]

    def outcome(*cells, mode="--solutions"):
        lesson.write_text(notebook(*cells))
        return run(pytester, *cache, mode, "notebooks/99_demo.ipynb").parseoutcomes()

    assert outcome(("x = 1", []), ("assert x", [])) == {"passed": 2}
    assert outcome(("x = 1", []), ("assert x", [])) == {"skipped": 2}
    book = nbformat.reads(lesson.read_text(), as_version=4)  # prose cannot change a verdict
    book.cells.insert(0, nbformat.v4.new_markdown_cell("# Demo"))
    lesson.write_text(nbformat.writes(book))
    assert run(pytester, *cache, "--solutions", str(lesson)).parseoutcomes() == {"skipped": 2}
    assert outcome(("x = 1", []), ("assert x", []), mode="--starters") == {"passed": 2}
    assert outcome(("x = 0", []), ("assert x", [])) == {"passed": 1, "failed": 1}
    assert outcome(("x = 0", []), ("assert x", [])) == {"passed": 1, "failed": 1}  # not kept
    (pytester.path / "solutions" / "99_demo.py").write_text("x = 2\n")
    assert outcome(("x = 1", []), ("assert x", [])) == {"passed": 2}
