"""One-time preparation of an environment: ``python -m coursekit setup``.

Run by ``make lab`` and by Binder's ``postBuild``, before a learner edits anything:
it saves the starters (reset and the races need them) and turns off JupyterLab's
first-run news question, which would cover the first notebook.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from . import starters

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


def setup() -> list[str]:
    saved = starters.snapshot_all()
    settings = write_lab_settings()
    return [f"Saved {len(saved)} starters in {saved[0].parent}" if saved else "No lessons found",
            f"JupyterLab settings: {settings}"]
