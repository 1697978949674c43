"""A hand-written LRU cache (OrderedDict, move_to_end, popitem) of the best name per (lowercased query, department), bounded at 4,096.

BUG: a search can fail with KeyError out of answer_search when several threads search at once:
between `key in _best` and `_best.move_to_end(key)` another thread can evict that very key
(popitem of the oldest), and move_to_end raises. It shows when several server threads search at
once while the cache is full and evicting: the oldest questions, the ones re-asked after a
while, are exactly the ones being evicted.

---- The exercise's docstring ----

Lesson 02: recomputing.

The shop's search box suggests a spelling when a query looks mistyped: "did you mean
'copper kettle'?". Finding that suggestion compares the query with every product
name of the department, milliseconds of work, and it is done again for every
search, although people mistype the same few words all day long. Make each
distinct suggestion be computed once, and then remembered.

Public API (the check calls exactly this):

    def answer_search(user: str, query: str, department: str) -> str | None
        What the search page shows above the results: "<user>, did you mean '<name>'?"
        when the product name of `department` closest to `query` is not the query
        itself, else None.

`suggest(query, names)` does the expensive part. It is pure: the same arguments
always give the same answer. CATALOGUE holds the product names of each department.
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


def suggest(query: str, names: list[str]) -> list[str]:
    """The names most like `query`, best first (at most 3). Slow: compares it with every name."""
    return difflib.get_close_matches(query.lower(), names, n=3, cutoff=0.75)


_best: OrderedDict = OrderedDict()  # (lowercased query, department) -> best name or None
_MAX_ENTRIES = 4096


def _closest(query: str, department: str) -> str | None:
    key = (query.lower(), department)
    if key in _best:
        _best.move_to_end(key)  # most recently used
        return _best[key]
    matches = suggest(query, CATALOGUE[department])
    best = matches[0] if matches else None
    _best[key] = best
    if len(_best) > _MAX_ENTRIES:
        _best.popitem(last=False)  # least recently used
    return best


def answer_search(user: str, query: str, department: str) -> str | None:
    best = _closest(query, department)
    if best is None or best == query.lower():
        return None
    return f"{user}, did you mean {best!r}?"
