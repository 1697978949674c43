"""One LRU of 2,048 answers per department, each with its own lock held only to read or update it, never while difflib runs.

CORRECT: each department's OrderedDict is read (lookup and move to the end) and updated (insert
and eviction) under its lock, and the suggestion is computed outside it, so a cached search never
waits for a computation, in its department or another; two threads may both compute one new
question, which is harmless. Bounded: 3 x 2,048 answers at most, the least recently used out
first.
"""

import difflib
import threading
from collections import OrderedDict

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


class DepartmentCache:
    def __init__(self, names, maxsize=2048):
        self.names = names
        self.maxsize = maxsize
        self.lock = threading.Lock()
        self.answers = OrderedDict()

    def suggest(self, lowered):
        with self.lock:
            if lowered in self.answers:
                self.answers.move_to_end(lowered)
                return self.answers[lowered]
        value = tuple(difflib.get_close_matches(lowered, self.names, n=3, cutoff=0.75))
        with self.lock:
            self.answers[lowered] = value
            while len(self.answers) > self.maxsize:
                self.answers.popitem(last=False)
        return value


_CACHES = {department: DepartmentCache(names) for department, names in CATALOGUE.items()}


def answer_search(user, query, department):
    lowered = query.lower()
    matches = _CACHES[department].suggest(lowered)
    if not matches or matches[0] == lowered:
        return None
    return f"{user}, did you mean {matches[0]!r}?"
