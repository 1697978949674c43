"""A module-level dict memo, filled when a key is missing, then read, and emptied when full.

BUG: a search can die with KeyError when another thread's search clears the full memo between
the first one's store and its read (no lock holds the two steps together). The module-level dict
memo is emptied (clear()) when full, filled when the key is missing and then read in a second
step. Relabelled in examiner round 14
(it was catalogued as right): the probe now has another thread ask enough new questions to
evict every entry, whatever goes first.
"""
import difflib

__all__ = ["answer_search"]

_suggestions = {}

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
    key = (query, department)
    if key not in _suggestions:
        if len(_suggestions) >= 4096:
            _suggestions.clear()
        _suggestions[key] = suggest(query, CATALOGUE[department])
    matches = _suggestions[key]
    if not matches or matches[0] == query.lower():
        return None
    return f"{user}, did you mean {matches[0]!r}?"
