"""Right fix: lru_cache keyed on the raw query (not lowercased) and the department.

"Oak Rkae" and "oak rkae" get two entries (the notebook says they MAY share one), each
computed once; answers are the starter's. Long queries are answered without a compare
(cap from the names and the cutoff, in integers: L <= n * (2 - c) / c with c = 3/4).
(Examiner round 48.)
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


LONGEST_QUERY = {department: max(map(len, names)) * 5 // 3 for department, names in CATALOGUE.items()}


@functools.lru_cache(maxsize=8192)
def _matches(query: str, department: str) -> tuple[str, ...]:
    return tuple(suggest(query, CATALOGUE[department]))


def answer_search(user: str, query: str, department: str) -> str | None:
    if len(query.lower()) > LONGEST_QUERY[department]:
        return None
    matches = _matches(query, department)
    if not matches or matches[0] == query.lower():
        return None
    return f"{user}, did you mean {matches[0]!r}?"
