"""One lru_cache per department, made on first use and kept in a dict of departments.

BUG: an unknown department answers None where the starter raises KeyError, and leaves a new
cache behind: a cache per department, made on first use with CATALOGUE.get(department, []). An
unknown department ('Kitchen', 'kitchen ', 'toys', a bot's junk) no longer raises KeyError as the
starter does, it quietly answers None; and every such department string leaves a new lru_cache
behind in the module dict, which grows without bound with the distinct departments sent. For the
three real departments it is right and bounded.

--- The exercise's docstring ---

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


_by_department: dict = {}


def _suggester(department: str):
    cached = _by_department.get(department)
    if cached is None:
        names = CATALOGUE.get(department, [])

        @functools.lru_cache(maxsize=2048)
        def best(lowered_query: str) -> str | None:
            matches = suggest(lowered_query, names)
            return matches[0] if matches else None

        cached = _by_department[department] = best
    return cached


def answer_search(user: str, query: str, department: str) -> str | None:
    lowered = query.lower()
    best = _suggester(department)(lowered)
    if best is None or best == lowered:
        return None
    return f"{user}, did you mean {best!r}?"
