"""Gives each thread its own lru_cache (kept in a threading.local) keyed on (lowered query, department).

BUG: each distinct question is computed once per thread, not once: a server that answers searches
from a thread pool (any WSGI server, run_in_executor) computes every question again in every worker
thread, and every new thread starts with an empty cache; the caches of finished threads are lost
work. In one thread it looks perfect.

--- the exercise's docstring (the contract) ---

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


def suggest(query: str, names: list[str]) -> list[str]:
    """The names most like `query`, best first (at most 3). Slow: compares it with every name."""
    return difflib.get_close_matches(query.lower(), names, n=3, cutoff=0.75)


# lru_cache shared between a server's threads needs care: give each thread its own cache.
_local = threading.local()


def _closest(query: str, department: str) -> str | None:
    cached = getattr(_local, "closest", None)
    if cached is None:
        @lru_cache(maxsize=4096)
        def cached(query: str, department: str) -> str | None:
            matches = suggest(query, CATALOGUE[department])
            return matches[0] if matches else None
        _local.closest = cached
    return cached(query, department)


def answer_search(user: str, query: str, department: str) -> str | None:
    lowered = query.lower()
    name = _closest(lowered, department)
    if name is None or name == lowered:
        return None
    return f"{user}, did you mean {name!r}?"
