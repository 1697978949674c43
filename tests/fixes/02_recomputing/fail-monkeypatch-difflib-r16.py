"""Lesson 02: difflib.get_close_matches itself wrapped in an lru_cache at import.

BUG: To cache "the expensive comparison, wherever it is called from", the module replaces
difflib.get_close_matches with an lru_cache(maxsize=4096) of itself at import, and suggest()
passes tuple(names) and returns a list copy. Every search is right and each question computed
once. But every other caller of difflib.get_close_matches in the application (the documented
call passes a list) now gets TypeError: unhashable type: 'list', and callers passing tuples
share one cached list per answer, so one caller editing its result changes what every later
caller gets: the patch is process-wide. A module must not rewrite a standard-library function
for the whole process.

Verified: scratch/v02.py: before the import, difflib.get_close_matches("appel", ["apple",
"ample"]) returns ['apple', 'ample']; after it, the same call raises TypeError: unhashable type:
'list' (the untouched starter module, loaded in the same process, then fails the same way);
appending "x" to one result of get_close_matches("appel", ("apple", "ample")) makes the next
identical call return ['apple', 'ample', 'x']; answer_search: 300 generated searches identical,
each question computed once.

The starter's contract:

The shop's search box suggests a spelling when a query looks mistyped: "did you mean
'copper kettle'?". Finding that suggestion compares the query with every product
name of the department, milliseconds of work, and it is done again for every
search, although people mistype the same few words all day long. Make each
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

import difflib
from functools import lru_cache

# Cache the expensive comparison itself, wherever it is called from.
if not hasattr(difflib.get_close_matches, "cache_info"):
    difflib.get_close_matches = lru_cache(maxsize=4096)(difflib.get_close_matches)

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
    # a tuple, so that the cached comparison can key on it; a new list for the caller
    return list(difflib.get_close_matches(query.lower(), tuple(names), n=3, cutoff=0.75))


def answer_search(user: str, query: str, department: str) -> str | None:
    matches = suggest(query, CATALOGUE[department])
    if not matches or matches[0] == query.lower():
        return None
    return f"{user}, did you mean {matches[0]!r}?"
