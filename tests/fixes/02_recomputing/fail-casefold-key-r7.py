"""Caches the best name per (query.casefold(), department) in a bounded OrderedDict, casefold being the Unicode-correct caseless key.

BUG: queries that casefold alike but lower differently (ligatures such as 'ﬆ' -> 'st', 'ß' ->
'ss', long s 'ſ', final sigma) share one entry though their answers differ, so the second gets the
first one's answer: suggest() compares query.lower(), not query.casefold(). After 'Stone Stool' has
been asked, 'ﬆone ﬆool' (a ligature pasted from a PDF or typed by an autocorrecting phone) gets
"did you mean 'stone stool'?" where the starter answers None (no name reaches the 0.75 cutoff);
after 'ﬆone ﬆoo', 'Stone Stoo' gets None where the starter suggests 'stone stool'. On ASCII queries it is exactly right.

---- The exercise's docstring ----

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


_best: OrderedDict = OrderedDict()  # (casefolded query, department) -> best name or None
_MAX_ENTRIES = 4096


def _closest(query: str, department: str) -> str | None:
    key = (query.casefold(), department)  # caseless key: "Oak Rkae" and "OAK RKAE" share it
    if key in _best:
        _best.move_to_end(key)
        return _best[key]
    matches = suggest(query, CATALOGUE[department])
    best = matches[0] if matches else None
    _best[key] = best
    if len(_best) > _MAX_ENTRIES:
        _best.popitem(last=False)
    return best


def answer_search(user: str, query: str, department: str) -> str | None:
    best = _closest(query, department)
    if best is None or best == query.lower():
        return None
    return f"{user}, did you mean {best!r}?"
