"""Calls load_blocklist once before the loops, then builds a lowercased set of its entries at the top of each post, to be sure every entry is lowercase.

BUG: a run goes through the whole blocklist once per post: 20 posts and a blocklist of 150
words cost 3,038 hashes of blocklist words, the blocklist's size for each post, where a set
built once hashes each entry once per run (the notebook's 'outer loop' trap). The loader is
called once, so counting its calls sees nothing wrong; the entries are lowercase already
(the contract), and a lowercased copy made once, above the loop over posts, is enough anyway.

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
        the blocklist as a set of lowercase entries, one per line of its file (an
        entry with a space in it, a phrase, matches no word); the job is handed it so
        that every run sees the file as it is now. Call it once per run (a run with no
        word to test may skip it), on the thread that called flag_posts (a loader
        may use that thread's database connection); what it raises reaches the caller.
"""


__all__ = ["flag_posts"]


def flag_posts(posts, load_blocklist):
    loaded = load_blocklist()
    flagged = []
    for post in posts:
        blocked = {entry.lower() for entry in loaded}
        hits = []
        for word in post.split():
            cleaned = word.strip(".,!?;:").lower()
            if cleaned in blocked:
                hits.append(cleaned)
        flagged.append(hits)
    return flagged
