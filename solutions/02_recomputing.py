"""Lesson 02: recomputing (reference solution).

`suggest` is pure and expensive, and the same few questions come back all day: cache
it. A cache key must be hashable, so `suggest` takes the department's name (a str)
instead of its list of names, and looks the list up itself. The key is the query as
`suggest` compares it, lowercased ("Oak Rkae" and "oak rkae" get one entry), never
stripped or casefolded: those change the answer. The cache is bounded: each entry
is small, but a server that runs for weeks meets endless new typos (and bots), and
an unbounded cache keyed on user input grows until memory runs out.

Public API (the check calls exactly this):

    def answer_search(user: str, query: str, department: str) -> str | None
        What the search page shows above the results: "<user>, did you mean '<name>'?"
        when the product name of `department` closest to `query.lower()` is not that
        query itself, else None (also when no name is close enough: difflib's cutoff
        0.75). A department CATALOGUE lacks raises KeyError.

`suggest(lowered_query, department)` does the expensive part, once per distinct question.
CATALOGUE holds the product names of each department.
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


@functools.lru_cache(maxsize=4096)  # far more than the questions that repeat; memory capped
def suggest(lowered_query: str, department: str) -> tuple[str, ...]:
    """The names most like the (lowercased) query, best first (at most 3). Slow the first time only."""
    names = CATALOGUE[department]
    # A tuple: callers share the cached value, so it must not be something they can change.
    return tuple(difflib.get_close_matches(lowered_query, names, n=3, cutoff=0.75))


def answer_search(user: str, query: str, department: str) -> str | None:
    lowered = query.lower()  # what the starter's suggest compared: one cache entry per spelling
    matches = suggest(lowered, department)  # answer_search itself is not cached: `user` differs
    if not matches or matches[0] == lowered:
        return None
    return f"{user}, did you mean {matches[0]!r}?"
