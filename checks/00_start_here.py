"""Hidden checks for lesson 00: the warm-up.

The probe counts how often words are compared or hashed: a list scan does it
once per known word for every word; a set, about once per word.
"""

import random

TITLE = "Start here: how the course works"
MINUTES = 15
SUMMARY = "how the course works; a warm-up: a list scanned per lookup → a set"
REQUIRES = {"count_known": "sync"}
HINTS = [
    "`word in known_words` on a list compares `word` with every known word until it "
    "finds a match: 300 words times 300 known words is up to 90,000 comparisons.",
    "A `set` finds an item by its hash, in about one step however large it is. "
    "Turn `known_words` into a set, but only once.",
    "`known = set(known_words)` before the loop, then `if word in known:`. "
    "Building the set inside the loop would redo the work for every word.",
]


class Counted(str):
    """A str that counts its comparisons and hashes in ``Counted.operations``."""

    operations = 0

    def __eq__(self, other):
        Counted.operations += 1
        return str.__eq__(self, other)

    def __hash__(self):
        Counted.operations += 1
        return str.__hash__(self)


def make_words(count: int, seed: int) -> tuple[list[str], list[str]]:
    rng = random.Random(seed)
    vocabulary = [f"word{n}" for n in range(count * 2)]
    known = rng.sample(vocabulary, count)
    words = [rng.choice(vocabulary) for _ in range(count)]  # with repeats, as text has
    return words, known


def check_result(ctx):
    """count_known gives the same count as before, repeated words included."""
    for seed in (1, 2):
        words, known = make_words(200, seed)
        want = sum(1 for word in words if word in set(known))
        got = ctx.call_sync("count_known", list(words), list(known))
        ctx.expect(got == want,
                   f"count_known returned {got!r} for 200 words where {want} are known",
                   "a faster answer has to be the same answer",
                   "count every word of `words` that is known, repeats included")


def check_no_rescan(ctx):
    """Each word is looked up in about one step, not by scanning all known words."""
    size = 300
    words, known = make_words(size, 3)
    Counted.operations = 0
    ctx.call_sync("count_known", [Counted(w) for w in words], [Counted(w) for w in known])
    operations = Counted.operations
    ctx.record(operations_per_word=round(operations / size, 1))
    ctx.expect(operations <= 4 * size,
               f"for {size} words and {size} known words, the words were compared or hashed "
               f"{operations:,} times, about {operations / size:,.0f} per word",
               "every word still looks through the known words again, so the work grows "
               "with words × known words: 10x more of each is 100x slower",
               "build a set from known_words once, before the loop")


def measure(ctx):
    words, known = make_words(3000, 4)
    ctx.race_sync(lambda: ctx.call_sync("count_known", words, known, which="broken"),
                  lambda: ctx.call_sync("count_known", words, known),
                  title="3,000 words against 3,000 known words")
