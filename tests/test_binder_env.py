"""tools/binder_env.py reads repo2docker's lock files and Jupyter's reports right (make binder-test
builds the whole environment; these run offline, in seconds)."""

from __future__ import annotations

import re

import binder_env

LOCK = """\
# platform: linux-64
@EXPLICIT
https://conda.anaconda.org/conda-forge/linux-64/python-3.13.8-h2b335a9_101_cp313.conda#ae8c
https://conda.anaconda.org/conda-forge/noarch/cpython-3.13.8-py313hd8ed1ab_101.conda#d601
https://conda.anaconda.org/conda-forge/linux-64/nodejs-20.19.5-hc1a6c8e_0.conda#0a1b
https://conda.anaconda.org/conda-forge/linux-64/brotli-python-1.1.0-py313h7033f15_4.conda#bc86
https://conda.anaconda.org/conda-forge/noarch/jupyterhub-base-5.4.0-pyhc90fa1f_0.conda#5930
https://conda.anaconda.org/conda-forge/noarch/jupyterhub-singleuser-5.4.0-hd843c07_0.conda#4fe3
https://conda.anaconda.org/conda-forge/noarch/notebook-7.4.7-pyhd8ed1ab_0.conda#8265
https://conda.anaconda.org/conda-forge/noarch/python-fastjsonschema-2.21.2-pyhe01879c_0.tar.bz2#2302
"""

# What the issue saw on Binder: notebook 7.4.7's extension, built for JupyterLab < 4.5.
BROKEN = """\
JupyterLab v4.6.6
/srv/conda/envs/notebook/share/jupyter/labextensions
        jupyterlab_pygments v0.3.0 \x1b[32menabled\x1b[0m \x1b[32mOK\x1b[0m (python, jupyterlab_pygments)
        @jupyter-notebook/lab-extension v7.4.7 \x1b[32menabled\x1b[0m \x1b[31m X\x1b[0m

   The following extensions may be outdated or specify dependencies that are incompatible with the current version of jupyterlab:
        @jupyter-notebook/lab-extension
"""
SERVER_OK = """\
    jupyterlab \x1b[32menabled\x1b[0m
    - Validating jupyterlab...
      jupyterlab 4.6.6 \x1b[32mOK\x1b[0m
"""


def test_the_lock_gives_the_python_packages_by_their_pypi_names():
    assert binder_env.base_pins(LOCK) == ["brotli==1.1.0", "jupyterhub==5.4.0", "notebook==7.4.7",
                                          "fastjsonschema==2.21.2"]


def test_an_extension_marked_x_or_incompatible_is_a_problem():
    problems = binder_env.extension_problems(BROKEN, SERVER_OK)
    assert "JupyterLab extension @jupyter-notebook/lab-extension v7.4.7 is enabled X" in problems
    assert any("incompatible" in problem for problem in problems)
    fixed = BROKEN.split("\n\n")[0].replace("v7.4.7", "v7.6.5").replace("\x1b[31m X", "\x1b[32mOK")
    assert binder_env.extension_problems(fixed, SERVER_OK) == []
    assert binder_env.extension_problems(fixed, SERVER_OK.replace("OK", "X")) != []


def test_notebook_is_pinned_to_the_release_of_our_jupyterlab():
    """notebook 7.N is built for JupyterLab 4.N: Binder's base environment brings a notebook of
    its own, and only our pin replaces it (make binder-test checks the whole set)."""
    pins = dict(item.split("==") for item in binder_env.environment()[1])
    lab_minor = re.match(r"4\.(\d+)\.", pins["jupyterlab"]).group(1)
    assert re.match(rf"7\.{lab_minor}\.", pins["notebook"]), \
        f"jupyterlab {pins['jupyterlab']} needs notebook 7.{lab_minor}.x, not {pins['notebook']}"
