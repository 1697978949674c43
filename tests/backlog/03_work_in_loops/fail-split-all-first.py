r"""Cleans every post's words in a first pass, then loads the set once (only if there is a word) and filters.

BUG: the loader now runs after every post has been split, so the error order changes: with
posts ["bad", None] and a loader that raises (OSError, PermissionError), the starter calls the
loader at the first word and the caller gets the loader's error; this version fails on None
first and the caller gets AttributeError, never the loader's error.

QUESTION: with a post that is not text and a loader that raises, must the loader's error reach
the caller? The starter's answer depends on where the None is (['bad', None] gives the loader's
error, [None, 'bad'] AttributeError), the solution gives the loader's in both, and the contract
types posts as list[str], lets a run with no word to test skip the loader, and the check
accepts a run that cleans every post before it tests any: such a right fix meets the None
first. No right fix in the catalogue does (all 14 give the loader's error for ['bad', None]).

The exercise's own text, kept:

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
    cleaned_posts = [[word.strip(".,!?;:").lower() for word in post.split()] for post in posts]
    if not any(cleaned_posts):
        return [[] for _ in cleaned_posts]  # no word to test: the loader may be skipped
    blocklist = load_blocklist()
    return [[word for word in words if word in blocklist] for words in cleaned_posts]
