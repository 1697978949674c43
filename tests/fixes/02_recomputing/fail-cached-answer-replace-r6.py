"""Caches the whole answer text per (lowered query, department), computed for the first user who asked, and readdresses it with text.replace(first_user, user).

BUG: a user can be offered a product that does not exist: when the first asker's name also
occurs in the product name (user oak asking 'oak rkae' gets: oak, did you mean 'oak rake'?) the
next user bob gets: bob, did you mean 'bob rake'?, because str.replace swaps every occurrence
of the first asker's name, not just the greeting; and when the first asker was anonymous (user
'') the new name is inserted between every character. The check's kind of user names (user0,
user1, ...) never occur in product names, so all those answers match.

--- the exercise's docstring (the contract) ---

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


# The whole answer, computed once per question for whoever asked it first: (that user, text).
_ANSWERS: dict[tuple[str, str], tuple[str, str | None]] = {}
_LIMIT = 4096


def answer_search(user: str, query: str, department: str) -> str | None:
    lowered = query.lower()
    key = (lowered, department)
    if key not in _ANSWERS:
        matches = suggest(query, CATALOGUE[department])
        text = None if not matches or matches[0] == lowered else f"{user}, did you mean {matches[0]!r}?"
        if len(_ANSWERS) >= _LIMIT:
            del _ANSWERS[next(iter(_ANSWERS))]  # the oldest question goes
        _ANSWERS[key] = (user, text)
    asked_by, text = _ANSWERS[key]
    return None if text is None else text.replace(asked_by, user)  # addressed to this user
