"""TODO(lesson): a wrong fix a learner would plausibly write: the mistake moved, not removed.

BUG: the set is rebuilt for every post, so the work still grows with posts × wanted.
"""

__all__ = ["shared_tags"]


def shared_tags(posts, wanted):
    return [tag for tag in posts if tag in set(wanted)]
