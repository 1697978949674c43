"""Load once, and clean the loaded entries (stray spaces, Windows line ends) into a frozenset.

BUG: padded entries (" spam ", "spam\r") now match the word "spam", which the starter never
flags: stripping each entry turns them into words. (An entry with a space inside, a phrase, still
matches no word, as in the starter.)

Verified: scratch/v03.py, blocklist with the entry 'ham\\r': post 'ham and spam' ->
starter ['spam'], this file ['ham', 'spam']. Loader once, loaded set unchanged.

--- the lesson's contract, unchanged ---

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
    blocklist = frozenset(entry.strip() for entry in load_blocklist())
    flagged = []
    for post in posts:
        words = (word.strip(".,!?;:").lower() for word in post.split())
        flagged.append([word for word in words if word in blocklist])
    return flagged
