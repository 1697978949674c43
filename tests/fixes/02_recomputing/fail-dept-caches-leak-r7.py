"""One bounded LRU cache per department (departments never share questions), created on first use.

BUG: the dict of caches grows without bound with user input, although each cache is bounded:
every unknown department a client sends (a typo, a bot, a fuzzer) leaves a new empty cache behind
before the KeyError, because the per-department cache is created with setdefault before
CATALOGUE[department] is looked up. The answers, the KeyError and the hit counts are the starter's.

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


_caches: dict[str, OrderedDict] = {}  # department -> its own LRU cache
_MAX_PER_DEPARTMENT = 2048


def answer_search(user: str, query: str, department: str) -> str | None:
    cache = _caches.setdefault(department, OrderedDict())
    key = query.lower()
    if key in cache:
        cache.move_to_end(key)
        best = cache[key]
    else:
        matches = suggest(query, CATALOGUE[department])
        best = cache[key] = matches[0] if matches else None
        if len(cache) > _MAX_PER_DEPARTMENT:
            cache.popitem(last=False)
    if best is None or best == key:
        return None
    return f"{user}, did you mean {best!r}?"
