"""Correct: the reference solution with its bound doubled, `lru_cache(maxsize=8192)` (its hash table resized while new questions are measured is not memory kept per question)."""
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


@functools.lru_cache(maxsize=8192)  # far more than the questions that repeat; memory capped
def suggest(lowered_query: str, department: str) -> tuple[str, ...]:
    """The names most like the (lowercased) query, best first (at most 3). Slow the first time only."""
    names = CATALOGUE[department]
    # A tuple: callers share the cached value, so it must not be something they can change.
    return tuple(difflib.get_close_matches(lowered_query, names, n=3, cutoff=0.75))


def answer_search(user: str, query: str, department: str) -> str | None:
    lowered = query.lower()  # what the starter's suggest compared: one cache entry per spelling
    matches = suggest(lowered, department)  # answer_search itself is not cached: `user` differs
    if not matches or matches[0] == lowered:
        return None
    return f"{user}, did you mean {matches[0]!r}?"
