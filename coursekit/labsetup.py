"""Preparing an environment (``python -m coursekit setup``) and opening the course in it.

``setup`` runs once, from ``make lab`` and Binder's ``postBuild``, before a learner edits
anything: it saves the starters (reset and the races need them), turns off JupyterLab's
first-run news question, which would cover the first notebook, and, in a git checkout,
installs a git filter so that a notebook's outputs never show as the learner's changes.
``python -m coursekit lab`` (``make lab``) starts JupyterLab so that its terminals use this
environment's ``python``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from . import course, starters

LAB_SETTINGS = {
    "@jupyterlab/apputils-extension:notification": {"fetchNews": "false", "checkForUpdates": False},
}


def write_lab_settings(prefix: Path = Path(sys.prefix)) -> Path:
    """JupyterLab reads default settings from ``<prefix>/share/jupyter/lab/settings/overrides.json``."""
    path = prefix / "share" / "jupyter" / "lab" / "settings" / "overrides.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    current = json.loads(path.read_text()) if path.exists() else {}
    current.update(LAB_SETTINGS)
    path.write_text(json.dumps(current, indent=2) + "\n")
    return path


GIT_FILTER = "coursekit-notebook"  # named in .gitattributes for notebooks/*.ipynb


def install_git_filter(root: Path) -> str:
    """Clean notebooks as git reads them, so outputs and run counts are not changes."""
    if not (root / ".git").exists():
        return "Not a git checkout: no notebook filter needed"
    command = (f'"{sys.executable}" "{root / "tools" / "course_files.py"}" clean-notebook %f')
    for key, value in ((f"filter.{GIT_FILTER}.clean", command),
                       (f"filter.{GIT_FILTER}.smudge", "cat")):
        subprocess.run(["git", "-C", str(root), "config", key, value], check=True,
                       capture_output=True)
    return "Git sees notebooks without their outputs: git status shows only your own changes"


def setup() -> list[str]:
    saved = starters.snapshot_all()
    settings = write_lab_settings()
    return [f"Saved {len(saved)} starters in {saved[0].parent}" if saved else "No lessons found",
            f"JupyterLab settings: {settings}", install_git_filter(course.root())]


def lab_command(extra: list[str] = ()) -> tuple[list[str], dict]:
    """JupyterLab on the first lesson, on 127.0.0.1 with a token, and its environment.

    Terminals opened in JupyterLab find this environment's ``python`` first on PATH, so
    ``python -m coursekit progress`` works there as the lessons say.
    """
    root = course.root()
    argv = [sys.executable, "-m", "jupyterlab", "--ServerApp.ip=127.0.0.1",
            f"--ServerApp.root_dir={root}",
            "--LabApp.default_url=/lab/tree/notebooks/00_start_here.ipynb",
            # no language servers are installed; without this it lists every one it skipped
            "--ServerApp.jpserver_extensions", "jupyter_lsp=False"]
    if hasattr(os, "geteuid") and os.geteuid() == 0:  # containers: it refuses root otherwise
        argv.append("--allow-root")
    env = dict(os.environ, COURSEKIT_ROOT=str(root))
    bin_dir = str(Path(sys.executable).parent)
    env["PATH"] = os.pathsep.join([bin_dir, env.get("PATH", "")])
    if sys.prefix != sys.base_prefix:
        env["VIRTUAL_ENV"] = sys.prefix
    return [*argv, *extra], env


def lab(extra: list[str] = ()) -> int:
    argv, env = lab_command(extra)
    return subprocess.call(argv, env=env)
