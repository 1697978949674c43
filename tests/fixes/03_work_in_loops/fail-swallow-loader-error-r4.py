"""Loads the blocklist once per run, defensively: if the loader fails, the job goes on with an empty blocklist.

BUG: a failing loader (blocklist file missing, unreadable, half-written) no longer fails the
job: it silently runs with an EMPTY blocklist and reports every post clean, where the starter
lets the loader's exception through. A moderation job that flags nothing because of an I/O
error, with nobody told, is the worst outcome of all; the contract's behaviour on failure
changed.

--- The exercise's docstring ---

Lesson 03: work inside loops.

A moderation job flags, in each post, the words that are on the blocklist.
`load_blocklist()` reads the blocklist file and parses it into a set of a few
thousand words. This version calls it for every word of every post, so the same
file is read and parsed again thousands of times per run, although nothing in it
changes while the job runs. Build the set once per run instead.

Public API (the check calls exactly this):

    def flag_posts(posts: list[str], load_blocklist) -> list[list[str]]
        One list per post: the post's words that are on the blocklist, in order,
        repeats included. A word is split on whitespace, stripped of . , ! ? ; :
        at its ends and lowercased. `load_blocklist` takes no arguments and returns
        the blocklist as a set of lowercase words; the job is handed it so that
        every run sees the file as it is now.
"""

__all__ = ["flag_posts"]


def flag_posts(posts: list[str], load_blocklist) -> list[list[str]]:
    try:
        blocked = load_blocklist()
    except Exception:  # a missing or broken file must not take the moderation job down
        blocked = set()
    flagged = []
    for post in posts:
        hits = []
        for word in post.split():
            cleaned = word.strip(".,!?;:").lower()
            if cleaned in blocked:
                hits.append(cleaned)
        flagged.append(hits)
    return flagged
