"""Run a command inside a Linux cgroup limited to a fraction of one CPU, as on Binder.

    python tools/under_quota.py -- python tools/attempts.py 05
    python tools/under_quota.py --cpu 0.1 --load 2 --repeat 10 -- python tools/attempts.py 05

The checks promise verdicts that do not depend on the machine's speed. This runs a
command (say, one lesson's catalogue of attempts) where it gets ``--cpu`` of one CPU at
most (0.1 by default: a Binder container), optionally ``--repeat`` times in a row and with
``--load`` busy loops running outside the cgroup meanwhile, and says how long each run
took and how often the quota held the command back.

How, in order of preference:
- cgroup v2: a child cgroup with ``cpu.max`` = "10000 100000" (10 ms of CPU per 100 ms);
- cgroup v1: a child of the ``cpu`` hierarchy with ``cpu.cfs_quota_us`` / ``cfs_period_us``;
- ``systemd-run --scope -p CPUQuota=10%`` where systemd runs the machine.
Where none is allowed (not root, a read-only /sys/fs/cgroup, macOS, Windows) it says why
and exits 0 without running the command: exit code 0 then means "skipped", said plainly.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

PERIOD_US = 100_000
CGROUP = Path("/sys/fs/cgroup")
OWN_CGROUPS = Path("/proc/self/cgroup")


class Unavailable(Exception):
    """Why no CPU quota can be set here."""


class Quota:
    """A child cgroup with a CPU quota; ``enter()`` runs in a child process before exec."""

    def __init__(self, cpu: float):
        self.cpu = cpu
        self.folder: Path | None = None
        self.kind = ""
        self.systemd = False

    def create(self) -> None:
        reasons = []
        for make in (self._v2, self._v1, self._systemd):
            try:
                make()
                return
            except Unavailable as why:
                reasons.append(str(why))
        raise Unavailable("; ".join(reasons))

    def _v2(self) -> None:
        root = CGROUP if (CGROUP / "cgroup.controllers").exists() else None
        if root is None:
            raise Unavailable("cgroup v2: /sys/fs/cgroup is not a cgroup2 mount (a v1 or hybrid layout)")
        own = Path(OWN_CGROUPS.read_text().split("::", 1)[1].strip().lstrip("/"))
        parent = root / own
        if "cpu" not in (parent / "cgroup.controllers").read_text().split():
            raise Unavailable(f"cgroup v2: the cpu controller is not available in {parent}")
        folder = parent / f"coursekit-quota-{os.getpid()}"
        try:
            folder.mkdir()
            with contextlib.suppress(OSError):  # may already be on, or refused: cpu.max says
                (parent / "cgroup.subtree_control").write_text("+cpu")
            (folder / "cpu.max").write_text(f"{round(self.cpu * PERIOD_US)} {PERIOD_US}")
        except OSError as error:
            with contextlib.suppress(OSError):
                folder.rmdir()
            raise Unavailable(f"cgroup v2: cannot make a child cgroup with cpu.max in {parent} "
                              f"({error.strerror}; root and a writable cgroup tree are needed)") from None
        self.folder, self.kind = folder, f"cgroup v2 {folder} cpu.max"

    def _v1(self) -> None:
        hierarchy = next((CGROUP / name for name in ("cpu", "cpu,cpuacct")
                          if (CGROUP / name / "cpu.cfs_quota_us").exists()), None)
        if hierarchy is None:
            raise Unavailable("cgroup v1: no cpu hierarchy with cpu.cfs_quota_us under /sys/fs/cgroup")
        own = next((line.split(":", 2)[2].strip().lstrip("/")
                    for line in OWN_CGROUPS.read_text().splitlines()
                    if "cpu" in line.split(":", 2)[1].split(",")), "")
        folder = hierarchy / own / f"coursekit-quota-{os.getpid()}"
        try:
            folder.mkdir()
            (folder / "cpu.cfs_period_us").write_text(str(PERIOD_US))
            (folder / "cpu.cfs_quota_us").write_text(str(round(self.cpu * PERIOD_US)))
        except OSError as error:
            with contextlib.suppress(OSError):
                folder.rmdir()
            raise Unavailable(f"cgroup v1: cannot make {folder} ({error.strerror}; root and a "
                              "writable cpu hierarchy are needed)") from None
        self.folder, self.kind = folder, f"cgroup v1 {folder} cpu.cfs_quota_us"

    def _systemd(self) -> None:
        if shutil.which("systemd-run") is None or not Path("/run/systemd/system").is_dir():
            raise Unavailable("systemd-run: systemd does not run this machine")
        self.systemd, self.kind = True, f"systemd-run --scope -p CPUQuota={self.cpu:.0%}"

    def command(self, argv: list[str]) -> list[str]:
        if self.systemd:
            return ["systemd-run", "--scope", "--quiet", "-p", f"CPUQuota={self.cpu * 100:g}%",
                    *argv]
        return argv

    def enter(self) -> None:
        """In the child, before exec: move into the cgroup (its children follow)."""
        if self.folder is not None:
            (self.folder / "cgroup.procs").write_text(str(os.getpid()))

    def stat(self) -> dict[str, int]:
        if self.folder is None:
            return {}
        try:
            lines = (self.folder / "cpu.stat").read_text().splitlines()
        except OSError:
            return {}
        return {key: int(value) for key, value in (line.split() for line in lines)}

    def throttled(self, before: dict[str, int]) -> str:
        """How often the quota held the run back, since ``before`` (a ``stat()``)."""
        now = self.stat()
        if not now:
            return "(no cpu.stat to read)"
        periods = now.get("nr_periods", 0) - before.get("nr_periods", 0)
        throttled = now.get("nr_throttled", 0) - before.get("nr_throttled", 0)
        return f"held back by the quota in {throttled} of {periods} periods of {PERIOD_US // 1000} ms"

    def remove(self) -> None:
        if self.folder is None:
            return
        for _ in range(50):  # the last processes may take a moment to be gone
            try:
                self.folder.rmdir()
                return
            except OSError:
                time.sleep(0.1)
        print(f"(could not remove {self.folder}: processes still in it)", file=sys.stderr)


def busy_loops(count: int) -> list[subprocess.Popen]:
    """Pure-Python busy loops outside the cgroup: other tenants of the machine."""
    return [subprocess.Popen([sys.executable, "-c", "while True: pass"]) for _ in range(count)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cpu", type=float, default=0.1, help="CPUs allowed (default 0.1)")
    parser.add_argument("--load", type=int, default=0,
                        help="busy loops to run outside the quota meanwhile (default 0)")
    parser.add_argument("--repeat", type=int, default=1, help="runs in a row (default 1)")
    parser.add_argument("command", nargs=argparse.REMAINDER, help="-- then the command")
    args = parser.parse_args(argv)
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    if not command:
        parser.error("give the command to run after --")
    if not sys.platform.startswith("linux"):
        print(f"SKIPPED: CPU quotas need Linux cgroups; this is {sys.platform}.")
        return 0
    quota = Quota(args.cpu)
    try:
        quota.create()
    except Unavailable as why:
        print(f"SKIPPED: no CPU quota can be set here. {why}.")
        return 0
    # Ctrl-C or a kill: end the command and the busy loops, and remove the cgroup.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    loops = busy_loops(args.load)
    failures = 0
    try:
        print(f"Quota: {args.cpu:g} CPU ({quota.kind}); load: {args.load} busy loop(s) outside it "
              f"(pids {', '.join(str(loop.pid) for loop in loops) or 'none'}); "
              f"{os.cpu_count()} CPUs on this machine.", flush=True)
        for run in range(1, args.repeat + 1):
            before, started = quota.stat(), time.perf_counter()
            # Its own process group: stopped as one if this tool is interrupted.
            running = subprocess.Popen(quota.command(command), preexec_fn=quota.enter,
                                       start_new_session=True)
            try:
                code = running.wait()
            finally:
                if running.poll() is None:
                    with contextlib.suppress(ProcessLookupError):
                        os.killpg(running.pid, signal.SIGKILL)
                    running.wait()
            took = time.perf_counter() - started
            failures += code != 0
            print(f"Run {run} of {args.repeat}: exit code {code} in {took:.0f} s; "
                  f"{quota.throttled(before)}", flush=True)
    finally:
        for loop in loops:
            loop.kill()
            loop.wait()
        quota.remove()
    print(f"{args.repeat - failures} of {args.repeat} runs exited 0.")
    return min(failures, 100)


if __name__ == "__main__":
    sys.exit(main())
