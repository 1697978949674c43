"""The starter's suggest(query, names) is kept as it was (uncached); a private lru_cache(maxsize=4096) keyed on (lowered query, department) remembers only the best name, a str.

Public API (the check calls exactly this):

    def answer_search(user: str, query: str, department: str) -> str | None
        What the search page shows above the results: "<user>, did you mean '<name>'?"
        when the product name of `department` closest to `query.lower()` is not that
        query itself, else None (also when no name is close enough: difflib's cutoff
        0.75). A department CATALOGUE lacks raises KeyError.

`suggest(query, names)` does the expensive part. It is pure: the same arguments
always give the same answer. CATALOGUE holds the product names of each department.
"""


import difflib
import functools
from fractions import Fraction

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


CUTOFF = 0.75  # how alike difflib must find a name and the query for it to be suggested


def longest_query(names: list[str]) -> int:
    """The longest query difflib can find within CUTOFF of one of `names`. It scores a name
    2 * M / (len(name) + len(query)), M the characters they share in order (M <= len(name)),
    so a query longer than (2 / CUTOFF - 1) times the longest name is within it of none."""
    return int(max(map(len, names)) * (2 / Fraction(CUTOFF) - 1))  # exact: no float rounding


LONGEST_QUERY = {department: longest_query(names) for department, names in CATALOGUE.items()}


# Bounded in entries (far more than the questions that repeat), and each entry in size: its key
# is a query of LONGEST_QUERY characters at most (answer_search answers longer ones itself).
def suggest(query: str, names: list[str]) -> list[str]:
    """The starter's: the names most like `query`, best first (at most 3), for any list of names."""
    return difflib.get_close_matches(query.lower(), names, n=3, cutoff=CUTOFF)


@functools.lru_cache(maxsize=4096)
def _best(lowered_query: str, department: str) -> str | None:
    """The names most like the (lowercased) query, best first (at most 3). Slow the first time only."""
    names = CATALOGUE[department]
    matches = difflib.get_close_matches(lowered_query, names, n=3, cutoff=CUTOFF)
    return matches[0] if matches else None  # a str: nothing a caller can change


def answer_search(user: str, query: str, department: str) -> str | None:
    lowered = query.lower()  # what the starter's suggest compared: one cache entry per spelling
    if len(lowered) > LONGEST_QUERY[department]:  # KeyError for a department CATALOGUE lacks
        return None  # no name is within the cutoff of it: nothing to compare, nothing to keep
    best = _best(lowered, department)  # answer_search itself is not cached: `user` differs
    if best is None or best == lowered:
        return None
    return f"{user}, did you mean {best!r}?"
