"""Caches on (query.lower(), department): suggest lowercases the query itself, so every answer is a function of that key."""

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


@lru_cache(maxsize=4096)
def _best(lowered: str, department: str) -> str | None:
    matches = suggest(lowered, CATALOGUE[department])
    if not matches or matches[0] == lowered:
        return None
    return matches[0]


def answer_search(user: str, query: str, department: str) -> str | None:
    best = _best(query.lower(), department)
    return None if best is None else f"{user}, did you mean {best!r}?"
