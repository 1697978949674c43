"""The one-machine hub's config agrees with the link it is shared with and with the z2jh image.

`make hub-test` runs the hub itself; these are the promises that can drift without it.
"""

from __future__ import annotations

import re
import types
from pathlib import Path

import course_links
from traitlets.config import Config

ROOT = Path(__file__).resolve().parents[1]


def load_config(monkeypatch, homes: Path, runtimes_in_homes: bool = True) -> Config:
    """hub/jupyterhub_config.py as JupyterHub reads it (its runtime folders in ``homes``, or
    where the config makes them for itself)."""
    monkeypatch.setenv("COURSE_HUB_PASSWORD", "a-password-for-this-room")
    monkeypatch.setenv("COURSE_HUB_HOMES", str(homes))
    if runtimes_in_homes:
        monkeypatch.setenv("COURSE_HUB_RUNTIMES", str(homes / "runtimes"))
    else:
        monkeypatch.delenv("COURSE_HUB_RUNTIMES", raising=False)
    config = Config()
    path = ROOT / "hub" / "jupyterhub_config.py"
    exec(compile(path.read_text(), str(path), "exec"), {"get_config": lambda: config})
    return config


def test_each_learners_kernels_import_coursekit_from_the_copy_the_link_makes(monkeypatch,
                                                                            tmp_path):
    c = load_config(monkeypatch, tmp_path)
    assert c.SimpleLocalProcessSpawner.home_dir_template == str(tmp_path / "{username}")
    ada = types.SimpleNamespace(home_dir=str(tmp_path / "ada"))
    for name in ("PYTHONPATH", "COURSEKIT_ROOT"):
        assert c.Spawner.environment[name](ada) == str(tmp_path / "ada" / course_links.FOLDER)
    assert f"targetpath={course_links.FOLDER}&" in course_links.nbgitpuller_url("o/n", "main")


def test_the_hub_listens_on_loopback_and_kernels_use_sockets_no_one_else_can_take(
        monkeypatch, tmp_path):
    c = load_config(monkeypatch, tmp_path)
    assert c.JupyterHub.bind_url.startswith("http://127.0.0.1:")
    assert c.JupyterHub.authenticator_class == "shared-password"
    assert "--KernelManager.transport=ipc" in c.Spawner.args
    own = load_config(monkeypatch, tmp_path, runtimes_in_homes=False)
    runtime_dir = own.Spawner.environment["JUPYTER_RUNTIME_DIR"]
    folder = Path(runtime_dir(types.SimpleNamespace(user=types.SimpleNamespace(id=123456))))
    try:
        assert folder.parent.stat().st_mode & 0o777 == 0o700, "the hub's own, private"
        socket = folder / f"kernel-{'0' * 36}-ipc-5"  # jupyter_client's name for a socket
        assert len(str(socket).encode()) < 108, "a Unix socket's path limit"
    finally:
        folder.parent.rmdir()


def test_the_hub_image_has_the_courses_pins_and_the_z2jh_images_hub_release():
    def pins(path: Path) -> dict[str, str]:
        return dict(re.findall(r"^([\w.-]+)==(\S+)$", path.read_text(), re.MULTILINE))

    hub = ROOT / "hub" / "requirements.txt"
    assert "-r ../requirements.txt" in hub.read_text().splitlines()
    assert set(pins(hub)) == {"jupyterhub", "nbgitpuller"}
    z2jh = ROOT / "hub" / "z2jh" / "requirements.txt"
    if z2jh.exists():
        assert pins(hub) == {name: version for name, version in pins(z2jh).items()
                             if name in pins(hub)}, "one JupyterHub release for both hubs"
