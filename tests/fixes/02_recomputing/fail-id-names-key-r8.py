"""Caches suggest itself, keyed on (query.lower(), id(names)) because a list cannot be a key.

BUG: suggest answers for the wrong names when a new list of names lands where a freed one was
(a temporary list, a filtered copy): it gets the answers of the old one, because id() names an
address, not a list's content. answer_search looks right, since CATALOGUE's lists live forever, but suggest, which still takes (query, names), answers for the wrong names.

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
from collections import OrderedDict
from threading import Lock

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


_answers: OrderedDict = OrderedDict()
_lock = Lock()


def suggest(query: str, names: list[str]) -> list[str]:
    """The names most like `query`, best first (at most 3). Slow: compares it with every name."""
    key = (query.lower(), id(names))
    with _lock:
        if key in _answers:
            _answers.move_to_end(key)
            return list(_answers[key])
    found = tuple(difflib.get_close_matches(query.lower(), names, n=3, cutoff=0.75))
    with _lock:
        _answers[key] = found
        while len(_answers) > 4096:
            _answers.popitem(last=False)
    return list(found)


def answer_search(user: str, query: str, department: str) -> str | None:
    matches = suggest(query, CATALOGUE[department])
    if not matches or matches[0] == query.lower():
        return None
    return f"{user}, did you mean {matches[0]!r}?"
