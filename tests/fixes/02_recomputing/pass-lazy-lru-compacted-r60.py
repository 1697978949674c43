"""A bounded LRU with lazy deletion (a queue of uses and a count per key), the queue compacted once it holds more than twice the entries; each department's length limit worked out on its first search.

Right: a hit appends to the queue, but the queue is rebuilt from the entries' last uses whenever
it grows past twice their number, so it holds at most about 2 x MAXSIZE keys however many hits
come; every store evicts under the same lock. The limit is computed per department, from that
department's own names, the first time it is searched (after CATALOGUE[department], so a missing
one still raises KeyError), and kept in a dict: the same limits as the solution's. An error
from difflib goes through, and nothing is stored for it.

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

import difflib
import threading
from collections import Counter, deque
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

CUTOFF = 0.75
MAXSIZE = 4096
_limits = {}  # department -> the longest query that can get a suggestion there, on first use

_best_names = {}  # (lowered query, department) -> best name, or None
_uses = deque()  # every use of a key, oldest first (a key's earlier uses are stale)
_pending = Counter()  # key -> its uses still in the queue
_lock = threading.Lock()


def suggest(query: str, names: list[str]) -> list[str]:
    """The names most like `query`, best first (at most 3). Slow: compares it with every name."""
    return difflib.get_close_matches(query.lower(), names, n=3, cutoff=CUTOFF)


def _limit(department, names):
    limit = _limits.get(department)
    if limit is None:  # two threads may both work it out: the same number
        limit = _limits[department] = int(max(map(len, names)) * (2 / Fraction(CUTOFF) - 1))
    return limit


def _used(key):
    """Record a use of `key` (the lock held); compact the queue when it holds too many."""
    _uses.append(key)
    _pending[key] += 1
    if len(_uses) > 2 * len(_best_names) + 64:
        last = {}
        for at, used in enumerate(_uses):
            last[used] = at
        kept = sorted((at, used) for used, at in last.items() if used in _best_names)
        _uses.clear()
        _uses.extend(used for _, used in kept)
        _pending.clear()
        _pending.update(used for _, used in kept)


def _best_name(lowered, query, department, names):
    key = (lowered, department)
    with _lock:
        if key in _best_names:
            _used(key)
            return _best_names[key]
    matches = suggest(query, names)  # computed with no lock held; an error stores nothing
    best = matches[0] if matches else None
    with _lock:
        _best_names[key] = best
        _used(key)
        while len(_best_names) > MAXSIZE:
            oldest = _uses.popleft()
            _pending[oldest] -= 1
            if not _pending[oldest]:  # its last use: the least recently used key
                del _pending[oldest]
                _best_names.pop(oldest, None)
    return best


def answer_search(user: str, query: str, department: str) -> str | None:
    names = CATALOGUE[department]
    lowered = query.lower()
    if len(lowered) > _limit(department, names):
        return None
    best = _best_name(lowered, query, department, names)
    if best is None or best == lowered:
        return None
    return f"{user}, did you mean {best!r}?"
