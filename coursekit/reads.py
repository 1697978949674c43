"""How much of a file a reader has read: the bytes the operating system has handed over.

A reader that streams asks for a file one buffer at a time, so after its first record the
file's offset is a few KiB in; one that reads everything first is at the end, or has
closed the file already. The offset is the operating system's own (``os.lseek`` on each
descriptor), so it counts every way of reading (``for line in file``, ``readline``,
``read``, ``readlines``, ``csv.reader``, ``os.read``) and does not depend on how busy the
machine is::

    with reads.watching(path) as log:
        first = next(iter(read_requests(path)))
        log.read(), log.lines(), log.opened, log.open_now()

Every opening of the file is counted (Python's ``open`` audit event: ``open``, ``Path.open``,
``io.FileIO``, ``os.open``...), and every descriptor on it found: those of the files opened
through ``open``/``io.open``/``Path.open`` (``resources.kept_open`` holds them, so one the
code did not close is still open to be seen), those ``os.open`` returned, and on Linux and
macOS any other one the process holds on the file. An opening whose descriptor is closed
again counts as the whole file read.
"""

from __future__ import annotations

import contextlib
import io
import os
import threading
from pathlib import Path

from . import resources

REAL_OS_OPEN = os.open  # before any watching() puts its own in its place


def _same_file(thing, path: Path) -> bool:
    name = getattr(thing, "name", None)
    if isinstance(name, int):  # opened on a descriptor
        with contextlib.suppress(OSError, ValueError):
            return os.path.samestat(os.fstat(thing.fileno()), os.stat(path))
        return False
    try:
        return Path(os.fsdecode(name)).resolve() == path
    except TypeError:
        return False


def _on(fd: int, target: os.stat_result) -> bool:
    """Whether descriptor ``fd`` is open, on the file ``target`` is the stat of."""
    try:
        return os.path.samestat(os.fstat(fd), target)
    except (OSError, ValueError, OverflowError):
        return False


def descriptors_on(path) -> set[int] | None:
    """This process's descriptors open on ``path``; None where they cannot be listed (Windows)."""
    fds, target = resources.open_fds(), os.stat(path)
    return None if fds is None else {fd for fd in fds if _on(fd, target)}


class Watched:
    """The openings of one path inside ``watching()``, and how far each has been read."""

    def __init__(self, path: Path, opened: list[resources.Opened]):
        self.path, self._opened = path, opened
        self._target = os.stat(path)
        self.before = descriptors_on(path)  # open on it already: not this block's
        self.openings: list = []  # what each opening was given (a path), from the audit event
        self.raw: list[int] = []  # descriptors os.open returned on it
        self._quiet = False  # the watch's own reading is no opening of the code's

    @property
    def files(self) -> list[resources.Opened]:
        """The file objects opened on the path in the block (through ``open`` and its kin)."""
        return [each for each in self._opened
                if each.kind == "file" and _same_file(each.thing, self.path)]

    @property
    def opened(self) -> int:
        """How many times the file was opened in the block, in any way."""
        return max(len(self.openings), len(self.files))

    @staticmethod
    def _numbers(files: list[resources.Opened]) -> set[int]:
        numbers = set()
        for each in files:
            with contextlib.suppress(OSError, ValueError, AttributeError):
                numbers.add(each.thing.fileno())
        return numbers

    def descriptors(self) -> dict[int, int]:
        """{descriptor: its offset} for each descriptor opened on the file in the block and
        open now."""
        found = self._numbers(resources.still_open(self.files)) | set(self.raw)
        listed = descriptors_on(self.path)
        if listed is not None:
            found |= listed - (self.before or set())
        offsets = {}
        for fd in sorted(found):
            if _on(fd, self._target):
                with contextlib.suppress(OSError):
                    offsets[fd] = os.lseek(fd, 0, os.SEEK_CUR)
        return offsets

    def closed_again(self) -> int:
        """Openings of the block whose descriptor is closed again."""
        return max(0, self.opened - len(self.descriptors()))

    def unseen(self) -> int:
        """Openings this watch cannot follow: where descriptors cannot be listed (Windows), those
        made neither through ``open`` and its kin nor ``os.open`` (``io.FileIO``, say)."""
        if self.before is not None:
            return 0
        return max(0, len(self.openings) - len(self.files) - len(set(self.raw)))

    def open_now(self) -> list[resources.Opened]:
        """What the code opened on the file in the block and has not closed: file objects, and
        bare descriptors (``os.open``'s) no file object of the block stands for."""
        files = resources.still_open(self.files)
        theirs = self._numbers(files)
        bare = [resources.Opened("descriptor", f"fd {fd}", fd)
                for fd in self.descriptors() if fd not in theirs]
        return files + bare

    def read(self) -> int:
        """Bytes handed over so far, over every opening; one closed again counts whole.

        (Closed before the code gave anything back, a file has usually been read to its end.)
        """
        return (sum(self.descriptors().values())
                + self.closed_again() * self.path.stat().st_size)

    def lines(self) -> int:
        """Line ends in the first ``read()`` bytes of the file: the lines read so far."""
        read = self.read()
        self._quiet = True
        try:
            with io.FileIO(self.path) as file:
                return file.readall()[:read].count(b"\n")
        finally:
            self._quiet = False


@contextlib.contextmanager
def watching(path):
    """``with watching(path) as log:`` the openings of ``path`` in the block, its files held open."""
    path = Path(path).resolve()
    thread = threading.get_ident()
    with resources.kept_open() as opened:
        log = Watched(path, opened)

        def listener(event: str, args: tuple) -> None:
            if (event == "open" and not log._quiet and threading.get_ident() == thread
                    and not isinstance(args[0], int)):  # open(fd) wraps one already counted
                with contextlib.suppress(TypeError, ValueError, OSError):
                    if Path(os.fsdecode(args[0])).resolve() == path:
                        log.openings.append(args[0])

        def tracked_os_open(file, flags, mode=0o777, *, dir_fd=None):
            fd = previous(file, flags, mode, dir_fd=dir_fd)
            if threading.get_ident() == thread and _on(fd, log._target):
                log.raw.append(fd)
            return fd

        previous, os.open = os.open, tracked_os_open
        try:
            with resources.audit(listener):
                yield log
        finally:
            os.open = previous
