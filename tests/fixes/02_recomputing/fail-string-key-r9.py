r"""A bounded, locked OrderedDict LRU keyed by one flat versioned string f"suggest:v1:{department}:{query.lower()}", as the notebook's Redis advice.

BUG: a search in a department the catalogue does not have can get a cached suggestion instead
of KeyError: the key joins the parts with ":" unescaped, and a query may contain ":". The key of
query "a:copper ketlte" in "kitchen" is the key of query "copper ketlte" in department
"kitchen:a", so after the first search the second one is answered from the cache, which is read
before CATALOGUE[department] is looked up.

---- the exercise's docstring ----

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
from collections import OrderedDict

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


_ANSWERS: "OrderedDict[str, str | None]" = OrderedDict()
_LOCK = threading.Lock()
_MAX = 4096
_VERSION = "v1"  # bump when the catalogue or the algorithm changes


def answer_search(user: str, query: str, department: str) -> str | None:
    key = f"suggest:{_VERSION}:{department}:{query.lower()}"  # one flat key, as for Redis
    with _LOCK:
        if key in _ANSWERS:
            _ANSWERS.move_to_end(key)
            name = _ANSWERS[key]
            return None if name is None else f"{user}, did you mean {name!r}?"
    matches = suggest(query, CATALOGUE[department])
    name = None if not matches or matches[0] == query.lower() else matches[0]
    with _LOCK:
        _ANSWERS[key] = name
        while len(_ANSWERS) > _MAX:
            _ANSWERS.popitem(last=False)
    return None if name is None else f"{user}, did you mean {name!r}?"
