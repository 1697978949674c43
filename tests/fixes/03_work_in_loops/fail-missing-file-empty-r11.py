"""Loads once per run; a missing blocklist file (FileNotFoundError) means "nothing is blocked yet" instead of an error.

BUG: when the blocklist file is missing (a failed deploy, a wrong path, an unmounted volume),
every run quietly flags nothing and all posts pass moderation, where the starter raises
FileNotFoundError: this breaks "what it raises reaches the caller". Any other error
(PermissionError, ValueError, RuntimeError...) still reaches the caller. Verified
(verify/03_work_in_loops/fail-missing-file-empty-r11.py): loader open()ing a missing path:
starter raised FileNotFoundError; this returned [[], []]; loader raising RuntimeError: starter
raised RuntimeError, this raised RuntimeError.

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
        every run sees the file as it is now. Call it once per run (a run with no
        word to test may skip it); what it raises reaches the caller.
"""

__all__ = ["flag_posts"]


def flag_posts(posts: list[str], load_blocklist) -> list[list[str]]:
    try:
        blocked = load_blocklist()  # once per run
    except FileNotFoundError:
        blocked = frozenset()  # no blocklist file yet: nothing is blocked
    flagged = []
    for post in posts:
        hits = []
        for word in post.split():
            cleaned = word.strip(".,!?;:").lower()
            if cleaned in blocked:
                hits.append(cleaned)
        flagged.append(hits)
    return flagged
