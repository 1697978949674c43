"""Right fix: a hand-made LRU (OrderedDict) guarded by a lock held only around the dict.

The comparison runs outside the lock; the dict operations (lookup+move, insert+evict)
are each done under it, so an eviction by another thread cannot fall between a check
and a read. `suggest(query, names)` is kept, uncached and pure, for any list.
A query longer than 5/3 of its department's longest name is answered None before the
cache (the department looked up first). (Examiner round 48.)
"""


import difflib
import threading
from collections import OrderedDict
from decimal import Decimal

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


CUTOFF = Decimal("0.75")
LONGEST_QUERY = {department: int(max(map(len, names)) * (2 / CUTOFF - 1))
                 for department, names in CATALOGUE.items()}
_answers: OrderedDict = OrderedDict()
_lock = threading.Lock()
_MISSING = object()


def _best(lowered: str, department: str) -> str | None:
    key = (lowered, department)
    with _lock:
        best = _answers.get(key, _MISSING)
        if best is not _MISSING:
            _answers.move_to_end(key)
            return best
    matches = suggest(lowered, CATALOGUE[department])
    best = matches[0] if matches else None
    with _lock:
        _answers[key] = best
        _answers.move_to_end(key)
        while len(_answers) > 5000:
            _answers.popitem(last=False)
    return best


def answer_search(user: str, query: str, department: str) -> str | None:
    lowered = query.lower()
    if len(lowered) > LONGEST_QUERY[department]:
        return None
    best = _best(lowered, department)
    if best is None or best == lowered:
        return None
    return f"{user}, did you mean {best!r}?"
