"""Learner cached suggest itself on (query.lower(), tuple(names)) and hands each caller a fresh list.

BUG (round 48): every query too long to get a suggestion is kept whole as a cache key, as long
as the caller made it: no limit on the query's length. The check measures about 1 byte kept per
character of such a query (about 1,050 bytes per new query of 1,000 characters, 10,050 per query
of 10,000), so a full cache holds its whole bound in bot queries of any size (4,096 of 1 MB:
about 4 GB), though none of them can be within difflib's 0.75 cutoff of a name (no query over
40 characters can). It passed as a right fix until round 48, when bounding what one entry holds
became part of the fix, as the notebook's "Your turn", the solution and "In production" say: a
query longer than (2 / 0.75 - 1) x the longest name of its department is answered None before
it reaches the cache.

Right: the key holds everything the answer depends on (any list, edited or new, gives
its own entry), lru_cache(maxsize=2048) is bounded and thread-safe, the cached value is
an immutable tuple and every caller gets a new list, answer_search is unchanged.

Lesson 02: recomputing.

The shop's search box suggests a spelling when a query looks mistyped: "did you mean
'copper kettle'?". Finding that suggestion compares the query with every product
name of the department, a fraction of a millisecond of work, done again for every
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


@functools.lru_cache(maxsize=2048)
def _close_matches(query: str, names: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(difflib.get_close_matches(query, names, n=3, cutoff=0.75))


def suggest(query: str, names: list[str]) -> list[str]:
    """The names most like `query`, best first (at most 3). Slow: compares it with every name."""
    return list(_close_matches(query.lower(), tuple(names)))


def answer_search(user: str, query: str, department: str) -> str | None:
    matches = suggest(query, CATALOGUE[department])
    if not matches or matches[0] == query.lower():
        return None
    return f"{user}, did you mean {matches[0]!r}?"
