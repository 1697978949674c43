"""A bounded LRU of best names; suggest also prunes names by length, after sorting them by length.

BUG: suggest sorts the caller's `names` list IN PLACE (to bisect the lengths that can reach the
cutoff): suggest is documented pure, yet a caller's list comes back reordered, and after the
first search of a department CATALOGUE's own list is reordered too (anything that lists the
department's products in catalogue order now shows them by length). The answers stay the
starter's (difflib breaks ties by name); the starter leaves both lists as they were.

The exercise's text:

Lesson 02: recomputing.

The shop's search box suggests a spelling when a query looks mistyped: "did you mean
'copper kettle'?". Finding that suggestion compares the query with every product
name of the department, and it is done again for every search, although people
mistype the same few words all day long. Make each
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

import bisect
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

CUTOFF = 0.75
MAXSIZE = 4096
# difflib's ratio is 2 * matches / (len(a) + len(b)), and matches <= the shorter length: a query
# longer than name * (2 - cutoff) / cutoff can never reach the cutoff against that name.
LONGEST_QUERY = {department: int(max(map(len, names)) * (2 - CUTOFF) / CUTOFF)
                 for department, names in CATALOGUE.items()}

_best_names = OrderedDict()  # (lowered query, department) -> best name, or None
_lock = threading.Lock()


def suggest(query: str, names: list[str]) -> list[str]:
    """The names most like `query`, best first (at most 3). Slow: compares it with every name."""
    lowered = query.lower()
    names.sort(key=len)  # shortest first: the names that can reach the cutoff are one slice
    lengths = [len(name) for name in names]
    low = bisect.bisect_left(lengths, len(lowered) * CUTOFF / (2 - CUTOFF))
    high = bisect.bisect_right(lengths, len(lowered) * (2 - CUTOFF) / CUTOFF)
    return difflib.get_close_matches(lowered, names[low:high], n=3, cutoff=CUTOFF)


def _best_name(lowered, query, department, names):
    key = (lowered, department)
    with _lock:
        if key in _best_names:
            _best_names.move_to_end(key)
            return _best_names[key]
    matches = suggest(query, names)  # computed with no lock held
    best = matches[0] if matches else None
    with _lock:
        _best_names[key] = best
        _best_names.move_to_end(key)
        while len(_best_names) > MAXSIZE:
            _best_names.popitem(last=False)
    return best


def answer_search(user: str, query: str, department: str) -> str | None:
    names = CATALOGUE[department]
    lowered = query.lower()
    if len(lowered) > LONGEST_QUERY[department]:
        return None
    best = _best_name(lowered, query, department, names)
    if best is None or best == lowered:
        return None
    return f"{user}, did you mean {best!r}?"
