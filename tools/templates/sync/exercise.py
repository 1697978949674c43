"""Lesson {{NN}}: {{TITLE}}.

TODO(lesson): two sentences: what this code is for, and the mistake that makes it slow.
Keep the starter correct: it is the oracle the checks compare the learner's results with.

Public API (the check calls exactly this):

    def shared_tags(posts, wanted) -> list
        The tags of ``posts`` (in order, repeats kept) that appear in ``wanted``.
"""

__all__ = ["shared_tags"]


def shared_tags(posts: list[str], wanted: list[str]) -> list[str]:
    # TODO(lesson): replace this example mistake (a list scanned per item) with the lesson's own.
    return [tag for tag in posts if tag in wanted]
