"""Right fix: a plain dict of answers per department, emptied when it reaches 3000 entries.

Reads use .get with a sentinel (one step); a clear() by another thread only costs a
recomputation later. Bounded in entries, and keys bounded by the length cap.
(Examiner round 48.)
"""


import difflib
from fractions import Fraction

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


LIMIT = Fraction(3, 4)
_answers: dict = {}
_MISSING = object()


def _cap(names):
    return int(max(len(n) for n in names) * (2 - LIMIT) / LIMIT)


CAPS = {department: _cap(names) for department, names in CATALOGUE.items()}


def answer_search(user: str, query: str, department: str) -> str | None:
    lowered = query.lower()
    if len(lowered) > CAPS[department]:
        return None
    key = department + "\0" + lowered
    matches = _answers.get(key, _MISSING)
    if matches is _MISSING:
        matches = tuple(suggest(lowered, CATALOGUE[department]))
        if len(_answers) >= 3000:
            _answers.clear()
        _answers[key] = matches
    if not matches or matches[0] == lowered:
        return None
    return f"{user}, did you mean {matches[0]!r}?"
