#!/bin/sh
# The Python side of the user image (Dockerfile), run by `python` as found on PATH:
#   sh hub/z2jh/build-env.sh COURSE_DIR
# COURSE_DIR holds requirements.txt, pyproject.toml, coursekit/ and hub/z2jh/. tools/z2jh_image.py
# runs this same script in a fresh virtual environment to test it without Docker.
set -eu
course=$1
python -m pip install --quiet -r "$course/hub/z2jh/requirements.txt"
# The support package, installed once for every learner: each learner's own copy of the course
# (nbgitpuller's clone in their home) holds the lessons and checks it reads.
python -m pip install --quiet --no-deps "$course"
python -m pip check
# Outside any copy of the course, setup writes only the environment's settings (JupyterLab's
# defaults, the server's save hooks); each copy saves its starters at its first check.
cd /
python -m coursekit setup
