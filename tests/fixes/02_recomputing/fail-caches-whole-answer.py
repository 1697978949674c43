"""Caches the finished answer string per (query, department), leaving the user out of the key since it changes with every search.

BUG: every later user with the same question is greeted with the first asker's name (one user's
page served to another, the notebook's Django warning): the cached finished sentence contains
that name.
"""

import difflib

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


_ANSWERS: dict[tuple[str, str], str | None] = {}


def answer_search(user: str, query: str, department: str) -> str | None:
    key = (query, department)
    if key not in _ANSWERS:
        matches = suggest(query, CATALOGUE[department])
        if not matches or matches[0] == query.lower():
            _ANSWERS[key] = None
        else:
            _ANSWERS[key] = f"{user}, did you mean {matches[0]!r}?"
    return _ANSWERS[key]
