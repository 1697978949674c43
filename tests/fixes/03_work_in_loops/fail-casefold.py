"""Builds the set once, and compares with casefold(), "the right way to ignore case".

BUG: casefold() is not lower(): it turns 'ß' into 'ss', so 'Straße'/'STRAßE' become 'strasse'
    and no longer match the blocklist's lowercase 'straße'; German (and other) words escape
    moderation.
"""

__all__ = ["flag_posts"]


def flag_posts(posts: list[str], load_blocklist) -> list[list[str]]:
    blocklist = load_blocklist()
    flagged = []
    for post in posts:
        hits = []
        for word in post.split():
            cleaned = word.strip(".,!?;:").casefold()
            if cleaned in blocklist:
                hits.append(cleaned)
        flagged.append(hits)
    return flagged
