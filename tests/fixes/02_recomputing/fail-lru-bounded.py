"""A bounded LRU cache, far larger than the number of distinct questions.

BUG (round 48): every query too long to get a suggestion is kept whole as a cache key, as long
as the caller made it: no limit on the query's length. The check measures about 1 byte kept per
character of such a query (about 1,050 bytes per new query of 1,000 characters, 10,050 per query
of 10,000), so a full cache holds its whole bound in bot queries of any size (4,096 of 1 MB:
about 4 GB), though none of them can be within difflib's 0.75 cutoff of a name (no query over
40 characters can). It passed as a right fix until round 48, when bounding what one entry holds
became part of the fix, as the notebook's "Your turn", the solution and "In production" say: a
query longer than (2 / 0.75 - 1) x the longest name of its department is answered None before
it reaches the cache.
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


@lru_cache(maxsize=1024)
def suggest(query, department):
    return difflib.get_close_matches(query.lower(), CATALOGUE[department], n=3, cutoff=0.75)


def answer_search(user: str, query: str, department: str) -> str | None:
    matches = suggest(query, department)
    if not matches or matches[0] == query.lower():
        return None
    return f"{user}, did you mean {matches[0]!r}?"
