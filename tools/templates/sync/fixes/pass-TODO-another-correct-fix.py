"""TODO(lesson): another correct fix, written the way some learners would (e.g. a frozenset).

Every lesson needs at least four: strictness must never reject a right answer.
"""

__all__ = ["shared_tags"]


def shared_tags(posts, wanted):
    allowed = frozenset(wanted)
    return [tag for tag in posts if tag in allowed]
