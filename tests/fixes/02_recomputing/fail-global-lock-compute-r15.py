"""Lesson 02 fix: a thread-safe cache: one lock around lookup, computation and store, so nothing is computed twice.

BUG: every search, cache hits included, waits for whatever suggestion any other thread is
computing, so the searches of a multi-threaded server run one at a time: the lock is held while
the suggestion is computed ("so two threads never compute the same question"), and one slow or
new question stalls all the threads serving cached answers.

Verified: scratch/vextra.py 02lock: get_close_matches made to take 1 s; while another thread
computes a new question, a cached question takes 903 ms (pass-locked-lru-dict: 0 ms).
scratch/v02.py: 277/277 answers equal, 221 computed then 0.

Lesson 02: recomputing.

The shop's search box suggests a spelling when a query looks mistyped: "did you mean
'copper kettle'?". Finding that suggestion compares the query with every product
name of the department, milliseconds of work, and it is done again for every
search, although people mistype the same few words all day long. Make each
distinct suggestion be computed once, and then remembered.

Public API (the check calls exactly this):

    def answer_search(user: str, query: str, department: str) -> str | None
        What the search page shows above the results: "<user>, did you mean '<name>'?"
        when the product name of `department` closest to `query.lower()` is not that
        query itself, else None (also when no name is close enough: difflib's cutoff
        0.75). A department CATALOGUE lacks raises KeyError.

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


MAXSIZE = 4096
_lock = threading.Lock()
_cache: OrderedDict[tuple[str, str], tuple[str, ...]] = OrderedDict()


def answer_search(user: str, query: str, department: str) -> str | None:
    names = CATALOGUE[department]
    lowered = query.lower()
    key = (lowered, department)
    with _lock:  # lookup, compute and store as one step: never computed twice
        matches = _cache.get(key)
        if matches is None:
            matches = _cache[key] = tuple(suggest(lowered, names))
            if len(_cache) > MAXSIZE:
                _cache.popitem(last=False)
        else:
            _cache.move_to_end(key)
    if not matches or matches[0] == lowered:
        return None
    return f"{user}, did you mean {matches[0]!r}?"
