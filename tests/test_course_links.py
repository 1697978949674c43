"""One repository, named in one place: every Binder and nbgitpuller link follows pyproject.toml."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import course_links
import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]


def test_every_link_names_the_repository_set_in_pyproject():
    assert course_links.disagreements() == []


def test_the_badge_and_the_links_blocks_are_the_generated_ones():
    config = course_links.settings()
    readme = (ROOT / "README.md").read_text()
    assert f"]({course_links.binder_url(config['repository'])})" in readme.splitlines()[2]
    for path in (ROOT / "README.md", ROOT / "docs" / "hub.md"):
        if path.exists() and course_links.BLOCK_START in path.read_text():
            assert course_links.block(config["repository"], config["branch"]) in path.read_text()


STALE = """\
[![b](https://mybinder.org/badge_logo.svg)](https://mybinder.org/v2/gh/OWNER/REPO/HEAD?urlpath=x)
Set OWNER/REPO to yours.
https://hub.example.org/hub/user-redirect/git-pull?repo=https%3A%2F%2Fgithub.com%2Fold%2Fcourse&branch=main
command: ["gitpuller", "https://github.com/old/course", "main", "folder"]
defaultUrl: /git-pull?repo=https://github.com/old/course.git&branch=main
repository-code: "https://github.com/old/course"
Built with https://github.com/jupyterhub/zero-to-jupyterhub-k8s (not the course: left alone).
<!-- links:start -->
whatever was here
<!-- links:end -->
"""


def test_check_sees_every_kind_of_link_and_fix_rewrites_them_all():
    assert sorted(set(course_links.references(STALE))) == ["OWNER/REPO", "old/course"]
    fixed = course_links.rewritten(STALE, "me/perf", "trunk")
    assert set(course_links.references(fixed)) == {"me/perf"}
    for rewritten in ("mybinder.org/v2/gh/me/perf/HEAD?", "Set me/perf to yours",
                      "repo=https%3A%2F%2Fgithub.com%2Fme%2Fperf&branch=trunk\n",
                      '"https://github.com/me/perf", "trunk", "folder"',
                      "repo=https://github.com/me/perf.git&branch=trunk\n", 'code: "https://github.com/me/perf"',
                      "github.com/jupyterhub/zero-to-jupyterhub-k8s (not the course"):
        assert rewritten in fixed
    assert "whatever was here" not in fixed and "main" not in fixed
    assert course_links.branches(fixed) == ["trunk"] * 4
    assert course_links.rewritten(fixed, "me/perf", "trunk") == fixed


def test_a_branch_other_than_main_reaches_the_pods_command_and_landing_page_too():
    """Read 47: only the repository was written into values.yaml, so a workshop's branch set in
    pyproject.toml reached the shared links while every pod pulled and merged main."""
    values = (ROOT / "hub" / "z2jh" / "values.yaml").read_text()
    fixed = course_links.rewritten(values, "acme/perf", "workshop/2026")
    single = yaml.safe_load(fixed)["singleuser"]
    words = single["lifecycleHooks"]["postStart"]["exec"]["command"][2].split("||")[0].split()
    assert words[1:3] == ["https://github.com/acme/perf", "workshop/2026"]
    query = parse_qs(urlsplit(single["defaultUrl"]).query)
    assert query["repo"] == ["https://github.com/acme/perf"] and query["branch"] == ["workshop/2026"]
    assert set(course_links.branches(fixed)) == {"workshop/2026"}
    assert course_links.rewritten(fixed, "acme/perf", "workshop/2026") == fixed
    assert "branch=workshop%2F2026&" in course_links.rewritten(
        (ROOT / "docs" / "hub.md").read_text(), "acme/perf", "workshop/2026")


def test_check_names_a_file_that_pulls_another_branch(tmp_path, monkeypatch):
    (tmp_path / "pyproject.toml").write_text(
        '[tool.coursekit]\nrepository = "acme/perf"\nbranch = "workshop-2026"\n')
    (tmp_path / "hub" / "z2jh").mkdir(parents=True)
    values = tmp_path / "hub" / "z2jh" / "values.yaml"
    values.write_text(course_links.rewritten(
        (ROOT / "hub" / "z2jh" / "values.yaml").read_text(), "acme/perf", "main"))
    monkeypatch.setattr(course_links, "ROOT", tmp_path)
    [sentence] = course_links.disagreements()
    assert sentence.startswith("hub/z2jh/values.yaml pulls the branch main, but the course's branch "
                               "is workshop-2026")
    values.write_text(course_links.rewritten(values.read_text(), "acme/perf", "workshop-2026"))
    assert course_links.disagreements() == []


def test_a_branch_that_is_not_a_plain_name_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(course_links, "ROOT", tmp_path)
    for branch in ("main; rm -rf ~", "a b", "x..y", "-main", "feature/"):
        (tmp_path / "pyproject.toml").write_text(
            f'[tool.coursekit]\nrepository = "acme/perf"\nbranch = "{branch}"\n')
        with pytest.raises(SystemExit, match="branch must be a branch name"):
            course_links.settings()


def test_the_nbgitpuller_link_opens_lesson_00_in_the_folder_the_hub_pulls_into():
    link = course_links.nbgitpuller_url("me/perf", "main", hub="hub.test")
    assert link.startswith("https://hub.test/hub/user-redirect/git-pull?repo=https%3A%2F%2Fgithub.com%2Fme%2Fperf&")
    folder = course_links.FOLDER
    assert f"targetpath={folder}&" in link
    assert link.endswith(f"urlpath=lab%2Ftree%2F{folder}%2Fnotebooks%2F00_start_here.ipynb")
    assert (ROOT / course_links.START).exists()


def test_licenses_and_citation_are_there_and_say_what_readme_says():
    license_text = (ROOT / "LICENSE").read_text()
    assert "MIT License" in license_text and "CC BY 4.0" in license_text
    assert (ROOT / "LICENSE-CC-BY-4.0").read_text().startswith(
        "Creative Commons Attribution 4.0 International")
    citation = yaml.safe_load((ROOT / "CITATION.cff").read_text())
    assert citation["cff-version"] == "1.2.0"
    assert citation["authors"] == [{"name": "The Python Performance Course contributors"}]
    assert citation["license"] == ["MIT", "CC-BY-4.0"]
    assert re.fullmatch(r"\d+\.\d+\.\d+", citation["version"])
    readme = (ROOT / "README.md").read_text()
    assert "(LICENSE)" in readme and "(CITATION.cff)" in readme
