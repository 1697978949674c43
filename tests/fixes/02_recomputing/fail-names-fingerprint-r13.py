"""Wrong: suggest() cached on a fingerprint of the names: (length, first, last).

BUG: a list edited in the middle (a product renamed, same length) gets the answer of the old
list. (suggest keeps (query, names) and caches on a cheap fingerprint of the list, (len, first,
last), instead of hashing every name on every call.) The catalogue's lists pass. Smallest show:
replace "copper kettle" in a copy of the kitchen list by "copper kettles", ask "copper kettels".
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



_answers: "OrderedDict[tuple, tuple[str, ...]]" = OrderedDict()
_lock = threading.Lock()
MAXSIZE = 4096


def suggest(query: str, names: list[str]) -> list[str]:
    """The names most like `query`, best first (at most 3), remembered per query and list."""
    query = query.lower()
    key = (query, len(names), names[0] if names else None, names[-1] if names else None)
    with _lock:
        if key in _answers:
            _answers.move_to_end(key)
            return list(_answers[key])
    matches = tuple(difflib.get_close_matches(query, names, n=3, cutoff=0.75))
    with _lock:
        _answers[key] = matches
        if len(_answers) > MAXSIZE:
            _answers.popitem(last=False)
    return list(matches)


def answer_search(user: str, query: str, department: str) -> str | None:
    matches = suggest(query, CATALOGUE[department])
    if not matches or matches[0] == query.lower():
        return None
    return f"{user}, did you mean {matches[0]!r}?"
