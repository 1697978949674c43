"""How much of a file a reader has read: the bytes the operating system has handed over.

A reader that streams asks for a file one buffer at a time, so after its first record the
file's offset is a few KiB in; one that reads everything first is at the end, or has
closed the file already. The offset is the operating system's own (``os.lseek``), so it
counts every way of reading (``for line in file``, ``readline``, ``read``, ``readlines``,
``csv.reader``) and does not depend on how busy the machine is::

    with reads.watching(path) as log:
        first = next(iter(read_requests(path)))
        log.read(), log.lines(), log.opened, log.open_now()

Files opened through ``open``/``io.open``/``Path.open`` are seen (``resources.kept_open``
holds them, so one the code did not close is still open to be seen).
"""

from __future__ import annotations

import contextlib
import io
import os
from pathlib import Path

from . import resources


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


class Watched:
    """The files opened on one path inside ``watching()``, and how far each has been read."""

    def __init__(self, path: Path, opened: list[resources.Opened]):
        self.path, self._opened = path, opened

    @property
    def files(self) -> list[resources.Opened]:
        return [each for each in self._opened
                if each.kind == "file" and _same_file(each.thing, self.path)]

    @property
    def opened(self) -> int:
        """How many times the file was opened in the block."""
        return len(self.files)

    def open_now(self) -> list[resources.Opened]:
        return resources.still_open(self.files)

    def read(self) -> int:
        """Bytes handed over so far, over every opening; a file already closed counts whole.

        (Closed before the code gave anything back, a file has usually been read to its end.)
        """
        whole = self.path.stat().st_size
        total = 0
        for each in self.files:
            try:
                total += os.lseek(each.thing.fileno(), 0, os.SEEK_CUR)
            except (OSError, ValueError):  # closed
                total += whole
        return total

    def lines(self) -> int:
        """Line ends in the first ``read()`` bytes of the file: the lines read so far."""
        read = self.read()
        with io.FileIO(self.path) as file:  # not open(): it would count as one more opening
            return file.readall()[:read].count(b"\n")


@contextlib.contextmanager
def watching(path):
    """``with watching(path) as log:`` the files opened on ``path`` in the block, held open."""
    with resources.kept_open() as opened:
        yield Watched(Path(path).resolve(), opened)
