"""Wrong: suggest() cached on (query.lower(), frozenset(names)).

BUG: suggest returns one copy of a name the list holds twice, where difflib and the starter
return each: suggest("oak rkae", ["oak rake", "oak rake"]) gives ["oak rake"], on the first call
too, because a frozenset forgets duplicates. (suggest keeps
its (query, names) signature and is cached on (query.lower(), frozenset(names)): hashable,
independent of the list's identity, and "the order of the names does not matter to difflib",
true, ties break on the name.) answer_search itself stays right.
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



@functools.lru_cache(maxsize=4096)
def _closest(query: str, names: frozenset) -> tuple[str, ...]:
    return tuple(difflib.get_close_matches(query, names, n=3, cutoff=0.75))


def suggest(query: str, names: list[str]) -> list[str]:
    """The names most like `query`, best first (at most 3), remembered per query and name set."""
    return list(_closest(query.lower(), frozenset(names)))


def answer_search(user: str, query: str, department: str) -> str | None:
    matches = suggest(query, CATALOGUE[department])
    if not matches or matches[0] == query.lower():
        return None
    return f"{user}, did you mean {matches[0]!r}?"
