"""coursekit.warnings_filters: the process's warnings filters, changed during a call or not."""

import textwrap
import warnings

from coursekit.loading import load_file
from coursekit.warnings_filters import FiltersSeen


def learner_file(tmp_path, body: str):
    path = tmp_path / "learner.py"
    path.write_text("import warnings\n\n" + textwrap.dedent(body))
    return path, load_file(path, "learner.py")


def test_catch_warnings_inside_the_call_is_seen_though_put_back(tmp_path):
    path, module = learner_file(tmp_path, """
        def call():
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", RuntimeWarning)
                return 1
    """)
    with warnings.catch_warnings():  # the test's own filters are left as found
        seen = FiltersSeen()
        with seen.watching(path):
            module.call()
        observed = seen.observed("call")
    assert "while call ran" in observed and "RuntimeWarning" in observed
    assert "put back when it returned" in observed


def test_a_call_that_leaves_the_filters_alone_is_not_seen(tmp_path):
    path, module = learner_file(tmp_path, """
        def call():
            return sum(range(10))
    """)
    seen = FiltersSeen()
    with seen.watching(path):
        module.call()
    assert seen.seen is None and seen.observed("call") == ""


def test_a_library_swapping_the_filters_inside_its_own_function_does_not_count(tmp_path):
    def library():  # not in the learner's file: looked at only when it returns
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
        return 2

    path, module = learner_file(tmp_path, """
        def call(library):
            return library()
    """)
    seen = FiltersSeen()
    with seen.watching(path):
        module.call(library)
    assert seen.seen is None
