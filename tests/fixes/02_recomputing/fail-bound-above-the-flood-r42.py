"""functools.lru_cache(maxsize=100_000) around the suggestion: bounded, 'high enough to keep them all'.

BUG: a server keeps up to 100,000 distinct questions, typos and bots' nonsense included (tens of
megabytes), for questions almost never asked twice: a bound must be far above the questions that
repeat, but far below what memory holds, so that the cache forgets what was asked once.
"""

import difflib
import functools
import threading
from collections import OrderedDict
from difflib import SequenceMatcher
from heapq import nlargest

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


@functools.lru_cache(maxsize=100_000)
def suggest(query, department):
    return tuple(difflib.get_close_matches(query, CATALOGUE[department], n=3, cutoff=0.75))


def answer_search(user, query, department):
    lowered = query.lower()
    matches = suggest(lowered, department)
    if not matches or matches[0] == lowered:
        return None
    return f"{user}, did you mean {matches[0]!r}?"
