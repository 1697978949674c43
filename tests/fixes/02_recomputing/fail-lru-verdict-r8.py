"""Caches, per (lowered query, department), the verdict itself (the name to suggest or None) in lru_cache(maxsize=5000); the user is added outside.

BUG (round 48): every query too long to get a suggestion is kept whole as a cache key, as long
as the caller made it: no limit on the query's length. The check measures about 1 byte kept per
character of such a query (about 1,050 bytes per new query of 1,000 characters, 10,050 per query
of 10,000), so a full cache holds its whole bound in bot queries of any size (4,096 of 1 MB:
about 4 GB), though none of them can be within difflib's 0.75 cutoff of a name (no query over
40 characters can). It passed as a right fix until round 48, when bounding what one entry holds
became part of the fix, as the notebook's "Your turn", the solution and "In production" say: a
query longer than (2 / 0.75 - 1) x the longest name of its department is answered None before
it reaches the cache.

Otherwise right: the cached value depends only on query.lower() and the department (the starter's answer uses nothing else but the user, which is formatted in after the lookup); lru_cache is thread-safe, bounded in the thousands, does not keep exceptions (unknown department raises KeyError every time), and the cached values are immutable strings or None.

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
import functools

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



@functools.lru_cache(maxsize=5000)
def _suggestion(lowered: str, department: str) -> str | None:
    names = CATALOGUE[department]
    matches = suggest(lowered, names)
    return matches[0] if matches and matches[0] != lowered else None


def answer_search(user: str, query: str, department: str) -> str | None:
    name = _suggestion(query.lower(), department)
    return None if name is None else f"{user}, did you mean {name!r}?"
