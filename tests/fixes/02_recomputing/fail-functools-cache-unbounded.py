"""Wrong: functools.cache on suggest(query, department): unbounded.

BUG: every distinct query ever sent stays in memory for the life of the process: the key is
what users type, so typos and bots grow the cache until memory runs out.
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


@functools.cache
def suggest(query, department):
    return difflib.get_close_matches(query.lower(), CATALOGUE[department], n=3, cutoff=0.75)


def answer_search(user: str, query: str, department: str) -> str | None:
    matches = suggest(query, department)
    if not matches or matches[0] == query.lower():
        return None
    return f"{user}, did you mean {matches[0]!r}?"
