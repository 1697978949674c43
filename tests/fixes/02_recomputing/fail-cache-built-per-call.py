"""Wraps suggest in lru_cache inside answer_search, keyed on a tuple of the names.

BUG: every search computes its suggestion again, as the starter does: the lru_cache is created
inside answer_search, so every call starts with an empty cache and nothing is ever remembered
between searches.
"""

import difflib
from functools import lru_cache

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


def answer_search(user: str, query: str, department: str) -> str | None:
    cached_suggest = lru_cache(maxsize=256)(lambda q, names: tuple(suggest(q, list(names))))
    matches = cached_suggest(query, tuple(CATALOGUE[department]))
    if not matches or matches[0] == query.lower():
        return None
    return f"{user}, did you mean {matches[0]!r}?"
