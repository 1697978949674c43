r"""Loads the blocklist once at the start, and again every 5,000 words "so a long run still picks up an edited blocklist".

BUG: a 20,000-word run reads and parses the file 5 times, work inside the loop again at large
sizes, and a run no longer uses one blocklist, so posts before and after a reload can be judged by
different lists within the same run: the contract is once per run. Below 5,000 words (the notebook's 400)
it loads exactly once, so a quick try looks fixed.

---- the exercise's docstring ----

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

REFRESH_EVERY = 5_000  # words: a long run still picks up an edited blocklist


def flag_posts(posts: list[str], load_blocklist) -> list[list[str]]:
    blocklist = load_blocklist()
    seen = 0
    flagged = []
    for post in posts:
        hits = []
        for word in post.split():
            seen += 1
            if seen % REFRESH_EVERY == 0:
                blocklist = load_blocklist()
            cleaned = word.strip(".,!?;:").lower()
            if cleaned in blocklist:
                hits.append(cleaned)
        flagged.append(hits)
    return flagged
