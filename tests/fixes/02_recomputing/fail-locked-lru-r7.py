"""A hand-written LRU cache (OrderedDict under a lock) of the best name per (lowercased query, department), None included, bounded at 4,096.

BUG (round 48): every query too long to get a suggestion is kept whole as a cache key, as long
as the caller made it: no limit on the query's length. The check measures about 1 byte kept per
character of such a query (about 1,050 bytes per new query of 1,000 characters, 10,050 per query
of 10,000), so a full cache holds its whole bound in bot queries of any size (4,096 of 1 MB:
about 4 GB), though none of them can be within difflib's 0.75 cutoff of a name (no query over
40 characters can). It passed as a right fix until round 48, when bounding what one entry holds
became part of the fix, as the notebook's "Your turn", the solution and "In production" say: a
query longer than (2 / 0.75 - 1) x the longest name of its department is answered None before
it reaches the cache.

Otherwise right: Keyed on exactly what the answer depends on (suggest lowercases the query; the user is
left out and added when the answer is written), every outcome cached including 'no suggestion'
(a sentinel-free membership test), one shared cache for all threads with every read-modify-write
under one lock, the expensive difflib call outside the lock, oldest entry evicted past 4,096:
300 questions in turns all stay, 50,000 later ones push the first out. Errors (unknown
department) are raised and not cached.

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


def suggest(query: str, names: list[str]) -> list[str]:
    """The names most like `query`, best first (at most 3). Slow: compares it with every name."""
    return difflib.get_close_matches(query.lower(), names, n=3, cutoff=0.75)


_best: OrderedDict = OrderedDict()  # (lowercased query, department) -> best name or None
_lock = threading.Lock()
_MAX_ENTRIES = 4096


def _closest(query: str, department: str) -> str | None:
    key = (query.lower(), department)
    with _lock:
        if key in _best:
            _best.move_to_end(key)
            return _best[key]
    matches = suggest(query, CATALOGUE[department])  # slow: outside the lock
    best = matches[0] if matches else None
    with _lock:
        _best[key] = best
        _best.move_to_end(key)
        while len(_best) > _MAX_ENTRIES:
            _best.popitem(last=False)
    return best


def answer_search(user: str, query: str, department: str) -> str | None:
    best = _closest(query, department)
    if best is None or best == query.lower():
        return None
    return f"{user}, did you mean {best!r}?"
