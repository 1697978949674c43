"""Right fix: lru_cache-like bounded cache plus single flight per question, cleaned up in finally.

A second search for a question being computed waits for that computation (no stampede);
any other question, answered or new, goes ahead at once (the lock is held only around
dict operations). Whatever ends the computation (result, KeyError, KeyboardInterrupt),
the in-flight marker is removed and its waiters woken, and they compute it themselves
if no result was stored.
A query longer than 5/3 of its department's longest name is answered None before the
cache (the department looked up first). (Examiner round 48.)
"""


import difflib
import threading
from collections import OrderedDict
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


CUTOFF = 0.75
LONGEST_QUERY = {department: int(max(map(len, names)) * (2 / Fraction(CUTOFF) - 1))
                 for department, names in CATALOGUE.items()}
_answers: OrderedDict = OrderedDict()
_in_flight: dict = {}
_lock = threading.Lock()


def _suggest(lowered: str, department: str) -> tuple[str, ...]:
    key = (lowered, department)
    while True:
        with _lock:
            if key in _answers:
                _answers.move_to_end(key)
                return _answers[key]
            event = _in_flight.get(key)
            if event is None:
                event = _in_flight[key] = threading.Event()
                break
        event.wait()
    try:
        result = tuple(suggest(lowered, CATALOGUE[department]))
        with _lock:
            _answers[key] = result
            while len(_answers) > 4096:
                _answers.popitem(last=False)
        return result
    finally:
        with _lock:
            _in_flight.pop(key, None)
        event.set()


def answer_search(user: str, query: str, department: str) -> str | None:
    lowered = query.lower()
    if len(lowered) > LONGEST_QUERY[department]:
        return None
    matches = _suggest(lowered, department)
    if not matches or matches[0] == lowered:
        return None
    return f"{user}, did you mean {matches[0]!r}?"
