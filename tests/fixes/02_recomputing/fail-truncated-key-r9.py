r"""A bounded, locked OrderedDict LRU keyed on the query's first 24 lowered characters (the longest product name), so huge bot queries cannot bloat the keys.

BUG: two queries that differ only after character 24 share an entry, so the one asked second can
get the first one's answer: in the bathroom department "cast iron toothbrush cup" (exact: None)
and "cast iron toothbrush cupp" (suggests the cup). Whichever
is asked first answers for both. The notebook's typos swap letters inside names, so they never exceed
the prefix and every answer there is right.

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


_ANSWERS: "OrderedDict[tuple[str, str], str | None]" = OrderedDict()
_LOCK = threading.Lock()
_MAX = 4096
_KEY_CHARS = 24  # as long as the longest product name: bots sending huge queries cannot bloat the keys
_MISSING = object()


def _closest(query: str, department: str) -> str | None:
    names = CATALOGUE[department]
    key = (query.lower()[:_KEY_CHARS], department)
    with _LOCK:
        name = _ANSWERS.get(key, _MISSING)
        if name is not _MISSING:
            _ANSWERS.move_to_end(key)
            return name
    matches = suggest(query, names)
    name = None if not matches or matches[0] == query.lower() else matches[0]
    with _LOCK:
        _ANSWERS[key] = name
        _ANSWERS.move_to_end(key)
        if len(_ANSWERS) > _MAX:
            _ANSWERS.popitem(last=False)
    return name


def answer_search(user: str, query: str, department: str) -> str | None:
    name = _closest(query, department)
    return None if name is None else f"{user}, did you mean {name!r}?"
