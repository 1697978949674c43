"""Lesson 03: the set built once, words that clean to nothing skipped.

BUG: a word that is nothing but punctuation ("...", "!!", "?") is never flagged, where the
starter flags "" for each such word when the blocklist has a blank line (the moderation rule "no
posts of bare punctuation"): such a word is skipped before the lookup, "it cannot be a blocked
word", yet the blocklist is one entry per line of its file, and a blank line gives the entry "".
The loader is called once per run (right), and posts with no such word agree.

Verified: scratch/v03.py: post "... !! ok" with "" in the blocklist (a blank line): starter
[['', '']], this file [[]]; 94 of 300 generated awkward posts differ; 1 load per run.

The starter's contract:

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
    blocklist = load_blocklist()  # once per run
    flagged = []
    for post in posts:
        hits = []
        for word in post.split():
            cleaned = word.strip(".,!?;:").lower()
            if cleaned and cleaned in blocklist:  # bare punctuation is never a blocked word
                hits.append(cleaned)
        flagged.append(hits)
    return flagged
