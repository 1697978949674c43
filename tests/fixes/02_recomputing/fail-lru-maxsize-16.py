"""Caches (query, department) -> best match with @lru_cache(maxsize=16), "bounded, as production caches should be".

BUG: popular-tail questions are evicted and recomputed, and a cycle over 20 questions misses
every time: a 16-entry LRU holds fewer questions than the traffic has (the notebook's maxsize
trap). The answers are right.
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


@lru_cache(maxsize=16)
def _best_match(query: str, department: str) -> str | None:
    matches = suggest(query, CATALOGUE[department])
    return matches[0] if matches else None


def answer_search(user: str, query: str, department: str) -> str | None:
    best = _best_match(query, department)
    if best is None or best == query.lower():
        return None
    return f"{user}, did you mean {best!r}?"
