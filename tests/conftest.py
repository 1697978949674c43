"""Fixtures shared by the support package's tests."""

from __future__ import annotations

import pytest


@pytest.fixture
def tiny_course(tmp_path, monkeypatch):
    for folder in ("notebooks", "exercises", "solutions", "checks"):
        (tmp_path / folder).mkdir()
    (tmp_path / "notebooks" / "00_tiny.ipynb").write_text("{}")
    (tmp_path / "exercises" / "00_tiny.py").write_text("STARTER = True\n")
    (tmp_path / "solutions" / "00_tiny.py").write_text("STARTER = False\n")
    (tmp_path / "checks" / "00_tiny.py").write_text(
        'TITLE = "Tiny"\nMINUTES = 5\nHINTS = ["one", "two", "three"]\n')
    monkeypatch.setenv("COURSEKIT_ROOT", str(tmp_path))
    monkeypatch.setenv("COURSEKIT_MODE", "exercises")
    return tmp_path
