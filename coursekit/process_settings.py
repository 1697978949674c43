"""Process-wide settings a learner's file must leave as it found them, in every lesson.

A module that turns the garbage collector off, takes over the root logger, raises the thread
switch interval or sets a default socket timeout, at import or in a call, changes every other
module of the application, and a lesson's own probes, which look at what its function returns,
would never see it. The check process (coursekit.runner) takes a ``snapshot`` before the file
is imported and names the ``changes`` after the lesson's checks.
"""

from __future__ import annotations

import asyncio
import gc
import locale
import logging
import os
import socket
import sys
import threading

CHECK = ("Your file leaves the process's settings as it found them: the garbage collector, "
         "logging, the switch interval, the default socket timeout, hooks, profiler, working "
         "directory, umask.")


def snapshot() -> dict[str, object]:
    """What each setting is now, by the words a learner reads it by."""
    root = logging.getLogger()
    settings = {
        "the garbage collector (gc.isenabled())": gc.isenabled(),
        "the collector's thresholds (gc.get_threshold())": gc.get_threshold(),
        "the thread switch interval (sys.getswitchinterval())": sys.getswitchinterval(),
        "the recursion limit (sys.getrecursionlimit())": sys.getrecursionlimit(),
        "the default socket timeout (socket.getdefaulttimeout())": socket.getdefaulttimeout(),
        "logging.disable()'s level": root.manager.disable,
        "the profiler (sys.getprofile())": sys.getprofile(),
        "the tracer (sys.gettrace())": sys.gettrace(),
        "sys.excepthook": sys.excepthook,
        "threading.excepthook": threading.excepthook,
        "sys.stdout": sys.stdout,
        "sys.stderr": sys.stderr,
        "the working directory (os.getcwd())": os.getcwd(),
        "the mask of new files' modes (os.umask)": _umask(),
        "the locale (locale.setlocale(locale.LC_ALL))": locale.setlocale(locale.LC_ALL),
        "asyncio's event loop policy": asyncio.get_event_loop_policy(),
    }
    loggers = [("root", root)] + [(repr(name), logger) for name, logger
                                  in sorted(root.manager.loggerDict.items())
                                  if isinstance(logger, logging.Logger)]
    for name, logger in loggers:
        settings[f"the {name} logger's level"] = logging.getLevelName(logger.level)
        settings[f"the {name} logger's handlers"] = list(logger.handlers)
        settings[f"the {name} logger's propagate and disabled"] = (logger.propagate,
                                                                   logger.disabled)
    return settings


def _umask() -> str:
    """Read the only way there is: set it, and put it back at once."""
    mask = os.umask(0o022)
    os.umask(mask)
    return oct(mask)


def changes(before: dict[str, object], after: dict[str, object]) -> list[str]:
    """``what: before → after`` for every setting of ``before`` that is no longer the same
    (loggers made since are the file's own business)."""
    return [f"{what}: {was!r:.70} → {after[what]!r:.70}" for what, was in before.items()
            if what in after and not (after[what] is was or after[what] == was)]
