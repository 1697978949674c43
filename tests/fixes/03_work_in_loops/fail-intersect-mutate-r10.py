"""Loads once, then shrinks the set to the words the posts actually use: `blocked &= words`.

BUG: with a loader that hands out one shared set (a cached, parsed file), the next runs miss
every blocked word this run's posts did not use: `&=` on a set changes it in place, so the
loader's set loses those words, where the contract leaves "the caller's posts and the loaded
set left as they were" (the notebook's check). Verified (a loader returning one shared set
{kalo, mine, vosa, ruti}): starter run 1 [['kalo']], set unchanged, run 2 [['mine', 'vosa']];
this file: run 1 [['kalo']], the loader's set is now {'kalo'}, run 2 [[]].

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
    cleaned_posts = [[word.strip(".,!?;:").lower() for word in post.split()] for post in posts]
    blocked = load_blocklist()
    blocked &= {word for words in cleaned_posts for word in words}  # only the words we will test
    return [[word for word in words if word in blocked] for words in cleaned_posts]
