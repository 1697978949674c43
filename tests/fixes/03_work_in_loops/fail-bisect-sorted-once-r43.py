"""Sorts the blocklist once per run, then looks each word up with bisect.

BUG: each word costs about log2 of the blocklist's size in comparisons (16.5 per word for 150
words) instead of one set lookup, and the sort costs more than the set it replaces.
"""

import bisect

__all__ = ["flag_posts"]


def flag_posts(posts: list[str], load_blocklist) -> list[list[str]]:
    ordered = sorted(load_blocklist())  # once per run
    flagged = []
    for post in posts:
        hits = []
        for word in post.split():
            cleaned = word.strip(".,!?;:").lower()
            at = bisect.bisect_left(ordered, cleaned)
            if at < len(ordered) and ordered[at] == cleaned:
                hits.append(cleaned)
        flagged.append(hits)
    return flagged
