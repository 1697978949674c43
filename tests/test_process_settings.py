"""coursekit.process_settings: what a file changed for the whole process is named; its own
loggers, made since, are its business."""

import gc
import logging
import socket

from coursekit.process_settings import changes, snapshot


def test_a_changed_setting_is_named_with_both_values_and_put_back_it_is_not():
    before = snapshot()
    enabled, timeout = gc.isenabled(), socket.getdefaulttimeout()
    asyncio_level = logging.getLogger("asyncio").level
    try:
        gc.disable()
        socket.setdefaulttimeout(5)
        logging.getLogger("asyncio").setLevel(logging.CRITICAL)
        logging.getLogger("a.module.of.its.own").setLevel(logging.DEBUG)
        changed = changes(before, snapshot())
    finally:
        if enabled:
            gc.enable()
        socket.setdefaulttimeout(timeout)
        logging.getLogger("asyncio").setLevel(asyncio_level)
    assert changed == [f"the garbage collector (gc.isenabled()): {enabled!r} → False",
                       f"the default socket timeout (socket.getdefaulttimeout()): {timeout!r} → 5.0",
                       f"the 'asyncio' logger's level: {logging.getLevelName(asyncio_level)!r} "
                       "→ 'CRITICAL'"]
    assert changes(before, snapshot()) == []


def test_the_environment_says_which_names_and_the_filters_which_came_first(monkeypatch):
    import warnings

    before = snapshot()
    monkeypatch.setenv("COURSEKIT_SETTINGS_PROBE", "1")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        changed = changes(before, snapshot())
    assert changed[0].startswith(f"the warnings filters (warnings.filters): "
                                 f"{len(warnings.filters)} → {len(warnings.filters) + 1} of them")
    assert changed[0].endswith("→ ('ignore', None, <class 'Warning'>, None, 0)")
    assert changed[1] == "the environment (os.environ): COURSEKIT_SETTINGS_PROBE None → '1'"
