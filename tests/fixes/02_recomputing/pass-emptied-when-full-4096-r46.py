"""A dict subclass with __missing__ as the memo, emptied when it holds 4,096 answers (its memory rises between two emptyings, not for ever), storing the best match or None."""

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


class _Memo(dict):
    def __missing__(self, key):
        if len(self) >= 4096:  # the bound: users type endless distinct queries
            self.clear()
        query, department = key
        matches = suggest(query, CATALOGUE[department])
        self[key] = value = matches[0] if matches else None
        return value


_BEST = _Memo()


def answer_search(user: str, query: str, department: str) -> str | None:
    best = _BEST[query, department]
    if best is None or best == query.lower():
        return None
    return f"{user}, did you mean {best!r}?"
