"""What the tools that run Jupyter servers share: a free port, a process's memory and CPU
from /proc, and the message that runs code in a kernel over its websocket.

Used by hub_test.py (a room of learners on JupyterHub) and learner_memory.py (one learner).
"""

from __future__ import annotations

import re
import socket
import time
import uuid
from pathlib import Path


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def memory_kb(pid: int) -> tuple[int, int]:
    """(RSS, PSS) of one process, in kB, from /proc/PID/smaps_rollup; (0, 0) once it is gone."""
    try:
        text = Path(f"/proc/{pid}/smaps_rollup").read_text()
    except OSError:
        return 0, 0
    values = dict(re.findall(r"^(Rss|Pss):\s+(\d+) kB", text, re.MULTILINE))
    return int(values.get("Rss", 0)), int(values.get("Pss", 0))


def stat_fields(pid: int) -> list[str] | None:
    """The fields of /proc/PID/stat after the command name (state, parent, ... as in proc(5),
    numbered from 0 here: 1 is the parent, 11-14 the CPU ticks, 19 the start time)."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return None


def execute_request(code: str, session: str, username: str) -> tuple[str, dict]:
    """(msg_id, the Jupyter message that runs ``code`` in a kernel), for its websocket."""
    msg_id = uuid.uuid4().hex
    return msg_id, {
        "header": {"msg_id": msg_id, "msg_type": "execute_request", "session": session,
                   "username": username, "version": "5.3",
                   "date": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())},
        "parent_header": {}, "metadata": {}, "channel": "shell", "buffers": [],
        "content": {"code": code, "silent": False, "store_history": True,
                    "user_expressions": {}, "allow_stdin": False, "stop_on_error": True}}
