"""lru_cache(maxsize=4096) on suggest(lowered query, department), with no limit on the query's length.

BUG: the cache is bounded in entries, not in what an entry holds: every over-long query is kept
whole as a cache key, although no query over 40 characters (5/3 of the longest name, 24) can be
within difflib's 0.75 cutoff of any name. 200 distinct bot queries of 100 kB keep 20 MB (the
solution: 0.1 MB); 4,096 of 1 MB keep about 4 GB. The notebook's "Your turn" asks for a cache
bounded for a server that runs for weeks and for over-long queries not to be kept; the answers
are all the starter's and every count passes, so only the memory shows it. (Examiner round 48.)
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


@functools.lru_cache(maxsize=4096)
def suggest(lowered_query: str, department: str) -> tuple[str, ...]:
    return tuple(difflib.get_close_matches(lowered_query, CATALOGUE[department], n=3, cutoff=0.75))


def answer_search(user: str, query: str, department: str) -> str | None:
    lowered = query.lower()
    matches = suggest(lowered, department)
    if not matches or matches[0] == lowered:
        return None
    return f"{user}, did you mean {matches[0]!r}?"
