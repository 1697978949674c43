r"""Builds the set once and finds the words with one regular expression, re.findall(r"\w+", post.lower()).

BUG: re.findall(r'\w+') is not the documented split-on-whitespace-and-strip-punctuation: it
    splits 'well-known' into 'well' and 'known' and "don't" into 'don' and 't', flagging words
    the starter does not (and it would also split words on other punctuation).
"""

import re

__all__ = ["flag_posts"]

WORD = re.compile(r"\w+")


def flag_posts(posts: list[str], load_blocklist) -> list[list[str]]:
    blocklist = load_blocklist()
    return [[word for word in WORD.findall(post.lower()) if word in blocklist] for post in posts]
