"""flag_posts loads once and "normalises both sides": blocklist entries are cleaned like words.

BUG: posts are flagged for entries the starter never matches: an entry "wtf?!", which the
starter can never match (words are stripped of those characters), now flags every "wtf"; an
entry "spam." (a stray full stop in the file) starts to match "spam", which the starter never
flags for that entry. To be "consistent", the entries get the same treatment as the words
(strip . , ! ? ; : and lowercase) in one pass before the loops; the loaded set is not touched
(a new set), but the matching changes. The contract: entries are the file's lines, matched as
they are.

Verified: scratch/verify_extra.py: blocklist {"wtf?!", "spam"}, post "wtf?! what, spam": starter
[['spam']], this file [['wtf', 'spam']]. On punctuation-free blocklists the flags are the
starter's, with 1 load per run.

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
    # one pass over the entries, so that both sides are cleaned the same way
    blocklist = {entry.strip(".,!?;:").lower() for entry in load_blocklist()}
    flagged = []
    for post in posts:
        hits = []
        for word in post.split():
            cleaned = word.strip(".,!?;:").lower()
            if cleaned in blocklist:
                hits.append(cleaned)
        flagged.append(hits)
    return flagged
