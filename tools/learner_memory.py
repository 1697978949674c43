"""Measures one learner's memory and CPU: a Jupyter server, a kernel, and checks run in it.

    python tools/learner_memory.py [--python PATH] [--lessons 11 05]

Starts JupyterLab's server (PATH's environment: the Zero to JupyterHub image's, built by
`make image-test`, is the one to size a hub by) on 127.0.0.1 in a copy of the course, starts a
kernel through its REST API, and runs in it what a learner runs: the setup of a lesson, then
`check(N)` for each lesson given (by default 11, an async lesson with the local API server, and
05, a process lesson with a process pool), against the solutions. Every 50 ms it adds up the
memory of the server and every process under it (PSS: shared pages divided among the processes
that share them, so the sum is what the learner really costs; RSS counts them in full), and
prints the peak of each phase and the CPU seconds it used. Linux only (/proc).
"""

from __future__ import annotations

import argparse
import json
import os
import secrets
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
import uuid
from pathlib import Path

from binder_env import copy_tree
from jupyter_probe import execute_request, free_port, memory_kb, stat_fields

ROOT = Path(__file__).resolve().parents[1]
TICKS = os.sysconf("SC_CLK_TCK")


def tree(top: int) -> list[int]:
    """``top`` and every process under it, from /proc."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit() and (fields := stat_fields(int(entry.name))):
            children.setdefault(int(fields[1]), []).append(int(entry.name))
    found, queue = [], [top]
    while queue:
        pid = queue.pop()
        found.append(pid)
        queue += children.get(pid, [])
    return found


def memory(pids: list[int]) -> tuple[int, int]:
    """PSS and RSS in bytes, added up over ``pids``."""
    sizes = [memory_kb(pid) for pid in pids]
    return sum(pss for _, pss in sizes) * 1024, sum(rss for rss, _ in sizes) * 1024


def cpu_seconds(pids: list[int]) -> float:
    """CPU time of ``pids``, their ended children's included (user + system)."""
    total = 0
    for pid in pids:
        if fields := stat_fields(pid):
            total += sum(int(value) for value in fields[11:15])  # utime stime cutime cstime
    return total / TICKS


class Sampler(threading.Thread):
    """The peak PSS and RSS of the process tree, per phase."""

    def __init__(self, top: int):
        super().__init__(daemon=True)
        self.top, self.phase, self.peaks, self.stopped = top, "start", {}, threading.Event()

    def run(self) -> None:
        while not self.stopped.wait(0.05):
            pss, rss = memory(tree(self.top))
            old = self.peaks.get(self.phase, (0, 0))
            self.peaks[self.phase] = (max(old[0], pss), max(old[1], rss))


def request(url: str, token: str, data: dict | None = None) -> dict:
    body = json.dumps(data).encode() if data is not None else None
    req = urllib.request.Request(url, data=body, headers={"Authorization": f"token {token}"},
                                 method="POST" if body is not None else "GET")
    with urllib.request.urlopen(req, timeout=30) as response:
        return json.loads(response.read() or b"{}")


async def execute(url: str, code: str) -> str:
    """Run ``code`` in the kernel over its websocket; return what it printed."""
    from tornado.websocket import websocket_connect

    connection = await websocket_connect(url)
    msg_id, message = execute_request(code, uuid.uuid4().hex, "learner")
    connection.write_message(json.dumps(message))
    printed = []
    while True:
        message = json.loads(await connection.read_message())
        if message.get("parent_header", {}).get("msg_id") != msg_id:
            continue
        kind = message["msg_type"]
        if kind == "stream":
            printed.append(message["content"]["text"])
        elif kind in ("display_data", "execute_result"):
            printed.append(message["content"]["data"].get("text/plain", "") + "\n")
        elif kind == "error":
            printed.append("\n".join(message["content"]["traceback"]))
        elif kind == "execute_reply":
            connection.close()
            return "".join(printed)


def measure(python: str, lessons: list[str]) -> None:
    import asyncio

    work = Path(tempfile.mkdtemp(prefix="learner-"))
    course = work / "course"
    course.mkdir()
    copy_tree(course)
    token, port = secrets.token_hex(16), free_port()
    env = {key: value for key, value in os.environ.items() if not key.startswith("JUPYTER")}
    env.update(COURSEKIT_MODE="solutions", COURSEKIT_ROOT=str(course),
               JUPYTER_CONFIG_DIR=str(work / "config"), JUPYTER_DATA_DIR=str(work / "data"),
               JUPYTER_RUNTIME_DIR=str(work / "runtime"))
    argv = [python, "-m", "jupyterlab", "--no-browser", "--ServerApp.ip=127.0.0.1",
            f"--ServerApp.port={port}", f"--IdentityProvider.token={token}",
            f"--ServerApp.root_dir={course}"]
    if os.geteuid() == 0:  # containers: Jupyter refuses root otherwise
        argv.append("--allow-root")
    log = open(work / "server.log", "wb")  # noqa: SIM115  (closed with the server)
    server = subprocess.Popen(argv, env=env, cwd=course, stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    sampler = Sampler(server.pid)
    rows = []
    try:
        deadline = time.monotonic() + 180
        while True:
            try:
                request(f"{base}/api/status", token)
                break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    raise SystemExit("the server did not start:\n"
                                     + (work / "server.log").read_text()[-2000:]) from None
                time.sleep(0.2)
        sampler.start()

        def phase(name: str, action) -> None:
            sampler.phase = name
            before = cpu_seconds(tree(server.pid))
            started = time.perf_counter()
            output = action()
            time.sleep(1.0)  # let what the phase started settle, or end
            rows.append((name, time.perf_counter() - started, cpu_seconds(tree(server.pid)) - before))
            if output:
                print(f"--- {name}\n{output.strip()[-600:]}")

        phase("server, idle", lambda: time.sleep(2))
        kernel = request(f"{base}/api/kernels", token, {"name": "python3"})
        channels = (f"ws://127.0.0.1:{port}/api/kernels/{kernel['id']}/channels?token={token}")
        setup = (f"import os; os.chdir({str(course / 'notebooks')!r})\n"
                 "from coursekit import check, hint, progress, reset, solution\n"
                 "import numpy, aiohttp\n")
        phase("+ kernel, lesson set up", lambda: asyncio.run(execute(channels, setup)))
        for number in lessons:
            phase(f"+ check({int(number)})",
                  lambda n=number: asyncio.run(execute(channels, f"check({int(n)})")))
        phase("after the checks, idle", lambda: time.sleep(2))
    finally:
        sampler.stopped.set()
        server.terminate()
        server.wait(timeout=30)
        log.close()
        shutil.rmtree(work, ignore_errors=True)
    print(f"\n{'phase':28} {'seconds':>8} {'CPU s':>6} {'peak PSS':>9} {'peak RSS':>9}")
    for name, seconds, cpu in rows:
        pss, rss = sampler.peaks.get(name, (0, 0))
        print(f"{name:28} {seconds:8.1f} {cpu:6.1f} {pss / 2**20:7.0f}MB {rss / 2**20:7.0f}MB")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--python", default=sys.executable)
    parser.add_argument("--lessons", nargs="+", default=["11", "05"])
    args = parser.parse_args(argv)
    measure(args.python, args.lessons)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
