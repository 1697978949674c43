"""flag_posts loads once and removes the phrases from the loaded set, in place.

BUG: a loader that caches its set (or hands out one it shares with the rest of the app, e.g. a
phrase filter) loses its phrases for everyone: reasoning "an entry with a space can never match
a word, so drop them before the loop", the learner removes the phrases with
`blocklist.difference_update(...)` on the set the loader returned. The flags are right, but the
loader's own set is changed.

Verified: scratch/verify03.py: loaded = {"spam", "buy now", "eggs"}; loader = lambda: loaded;
after flag_posts(["spam buy now"], loader): starter leaves loaded with 3 entries, this file with
2 ("buy now" gone). Flags equal the starter's on 502 generated posts, 1 load per run.

The exercise's contract, unchanged:

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
        the blocklist as a set of lowercase entries, one per line of its file (an
        entry with a space in it, a phrase, matches no word); the job is handed it so
        that every run sees the file as it is now. Call it once per run (a run with no
        word to test may skip it), on the thread that called flag_posts (a loader
        may use that thread's database connection); what it raises reaches the caller.
"""

__all__ = ["flag_posts"]


def flag_posts(posts: list[str], load_blocklist) -> list[list[str]]:
    blocklist = load_blocklist()  # once per run, before the loops
    blocklist.difference_update([entry for entry in blocklist if " " in entry])  # phrases never match
    flagged = []
    for post in posts:
        hits = []
        for word in post.split():
            cleaned = word.strip(".,!?;:").lower()
            if cleaned in blocklist:
                hits.append(cleaned)
        flagged.append(hits)
    return flagged
