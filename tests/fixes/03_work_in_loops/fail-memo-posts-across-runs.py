"""Wrong: the blocklist loaded once per run, and each post's flags remembered in the module.

BUG: the remembered flags were computed with an earlier run's blocklist: when the blocklist
    changes, a post seen before keeps its old flags.
"""

_FLAGS = {}


def flag_posts(posts, load_blocklist):
    blocked = load_blocklist()
    flagged = []
    for post in posts:
        if post not in _FLAGS:
            _FLAGS[post] = [cleaned for cleaned in (w.strip(".,!?;:").lower() for w in post.split())
                            if cleaned in blocked]
        flagged.append(list(_FLAGS[post]))
    return flagged
