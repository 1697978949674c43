"""A least-recently-used cache of my own (OrderedDict, move_to_end, popitem), bounded at 1,000 questions: plenty for the few that repeat, and small.

BUG: a search can fail with KeyError out of answer_search when several threads search at once:
with the cache full, a question found by `key in _cache` is evicted by another thread's new
question before `_cache.move_to_end(key)` runs (a search paused there while one new question is
asked raises KeyError ('oak rkae', 'garden')). Nothing holds the lookup and the move together:
without a lock, a thread switch can fall between them, and the question it evicts next is the
least recently used one, the very one being asked again after a while.
"""

import difflib
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


_cache = OrderedDict()  # (lowered query, department) -> the closest names
MAXSIZE = 1000


def best(lowered, department):
    key = (lowered, department)
    if key in _cache:
        _cache.move_to_end(key)  # most recently used
        return _cache[key]
    value = tuple(difflib.get_close_matches(lowered, CATALOGUE[department], n=3, cutoff=0.75))
    _cache[key] = value
    if len(_cache) > MAXSIZE:
        _cache.popitem(last=False)  # the least recently used goes
    return value


def answer_search(user, query, department):
    lowered = query.lower()
    matches = best(lowered, department)
    if not matches or matches[0] == lowered:
        return None
    return f"{user}, did you mean {matches[0]!r}?"
