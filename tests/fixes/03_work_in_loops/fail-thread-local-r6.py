"""Calls load_blocklist once per run and keeps the set in a module-level threading.local that a small _blocked(word) helper reads.

BUG: after flag_posts returns, the thread that ran it still holds the run's whole blocklist (a
few thousand words, or a big file's worth) in a thread-local, until it runs the job again or
dies; in a thread pool every worker thread keeps its last blocklist forever. Results, loader
calls and thread isolation are right.

--- the exercise's docstring (the contract) ---

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
import threading

__all__ = ["flag_posts"]

# Each thread's current blocklist: runs in different threads never see each other's.
_run = threading.local()


def _blocked(word: str) -> bool:
    return word in _run.blocklist


def flag_posts(posts: list[str], load_blocklist) -> list[list[str]]:
    _run.blocklist = load_blocklist()  # once per run
    flagged = []
    for post in posts:
        hits = []
        for word in post.split():
            cleaned = word.strip(".,!?;:").lower()
            if _blocked(cleaned):
                hits.append(cleaned)
        flagged.append(hits)
    return flagged
