"""Caches on a normalised key: the query stripped of surrounding spaces and lower-cased, plus the department.

BUG: a query with a stray space (very common from mobile keyboards) can lose its suggestion, or
get the answer cached for another spelling: suggest('oak bench ') finds 'oak bench', which is
not the query, so the starter suggests it; the stripped key equals a product name and answers
None. Normalising the key with strip() changes the answer.
"""

import difflib
from functools import cache

__all__ = ["answer_search"]

MATERIALS = ["steel", "cast iron", "copper", "enamel", "bamboo",
             "oak", "ceramic", "stone", "glass", "zinc"]
CATALOGUE = {
    "kitchen": [f"{material} {thing}" for material in MATERIALS for thing in (
        "kettle", "skillet", "teapot", "colander", "grater", "ladle", "whisk", "saucepan",
        "casserole", "cleaver", "strainer", "mortar", "trivet", "butter dish", "bread bin")],
    "garden": [f"{material} {thing}" for material in MATERIALS for thing in (
        "trowel", "rake", "planter", "sprinkler", "lantern", "birdbath", "trellis", "bench",
        "watering can", "hose reel", "seed tray", "plant pot", "bird feeder", "sundial", "kettle")],
    "bathroom": [f"{material} {thing}" for material in MATERIALS for thing in (
        "soap dish", "basin", "mirror", "towel rail", "toothbrush cup", "tray", "shelf",
        "bath caddy", "hook", "tumbler", "bin", "lamp", "cabinet", "stool", "scale")],
}


def suggest(query: str, names: list[str]) -> list[str]:
    """The names most like `query`, best first (at most 3). Slow: compares it with every name."""
    return difflib.get_close_matches(query.lower(), names, n=3, cutoff=0.75)


@cache
def _suggestions(key: str, department: str) -> tuple[str, ...]:
    return tuple(suggest(key, CATALOGUE[department]))


def answer_search(user: str, query: str, department: str) -> str | None:
    key = query.strip().lower()  # "Oak Bnech " and "oak bnech" are the same question
    matches = _suggestions(key, department)
    if not matches or matches[0] == key:
        return None
    return f"{user}, did you mean {matches[0]!r}?"
