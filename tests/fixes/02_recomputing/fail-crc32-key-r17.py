"""A compact cache key: the CRC-32 of the lowercased query (4 bytes, stable across
processes) with the department, instead of the whole query string.

BUG: two different queries with the same CRC-32 share one entry, so the second gets the first
one's answer: a 32-bit checksum is not an identity. Colliding queries are easy to make (the
pair below), and one pair is enough; by accident, among the ~50,000 distinct queries of a few
weeks of typos and bots, the chance that two share a CRC-32 is about one in four (n^2 / 2^33 =
0.29 colliding pairs expected for 50,000), less when they must also share a department and be
in the cache at the same time.

Verified: scratch/crcfind.py found crc32('copper ketxlnn') == crc32('zzq caaaa') ==
2716416464; scratch/v02more.py: asking 'copper ketxlnn' then 'zzq caaaa' in kitchen
gives "bob, did you mean 'copper kettle'?" for the second (starter: None). v02.py: every
other behaviour of a right fix (0 recomputes, threads, Ctrl-C, bounded).

--- the lesson's contract, unchanged ---

Lesson 02: recomputing.

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
import threading
import zlib
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


def answer_search(user: str, query: str, department: str) -> str | None:
    best = _cached(zlib.crc32(query.lower().encode()), department, query)
    if best is None:
        return None
    return f"{user}, did you mean {best!r}?"


_results: OrderedDict = OrderedDict()
_lock = threading.Lock()
_MAX = 8192


def _cached(crc: int, department: str, query: str) -> str | None:
    key = (crc, department)
    with _lock:
        if key in _results:
            _results.move_to_end(key)
            return _results[key]
    matches = suggest(query, CATALOGUE[department])
    best = None if not matches or matches[0] == query.lower() else matches[0]
    with _lock:
        _results[key] = best
        while len(_results) > _MAX:
            _results.popitem(last=False)
    return best
