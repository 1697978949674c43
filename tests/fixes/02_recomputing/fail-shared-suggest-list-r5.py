"""Lesson 02 fix: caches suggest itself, keyed on (query.lower(), tuple(names)), returning difflib's list.

BUG: a caller that changes the list suggest gives it (sorts it, pops the best match, clears it)
changes what every later search for the same question gets: suggest now returns the same list
object to every caller of that question, so the change is made to the cache. The docstring
documents suggest(query, names) as a pure function of the module; the lesson's own rule: return
tuples from a cached function.

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
from functools import lru_cache

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


@lru_cache(maxsize=4096)
def _close_matches(query: str, names: tuple[str, ...]) -> list[str]:
    return difflib.get_close_matches(query, names, n=3, cutoff=0.75)


def suggest(query: str, names: list[str]) -> list[str]:
    """The names most like `query`, best first (at most 3). Cached: computed once per question."""
    return _close_matches(query.lower(), tuple(names))


def answer_search(user: str, query: str, department: str) -> str | None:
    matches = suggest(query, CATALOGUE[department])
    if not matches or matches[0] == query.lower():
        return None
    return f"{user}, did you mean {matches[0]!r}?"
