"""Hidden checks for lesson 03: work inside loops.

The checks hand flag_posts a load_blocklist of their own that counts its calls, so
they decide on how many times the blocklist was built in one run: once, not once per
word, and not once per post either (hoisted out of the inner loop only). The result
must stay the same, and a second run must see a blocklist that changed in between.
"""

import random

from coursekit.widgets import text_bar

TITLE = "Work inside loops"
MINUTES = 30
SUMMARY = "the same set or config rebuilt on every iteration → build it once, before the loops"
REQUIRES = {"flag_posts": "sync"}
HINTS = [
    "Count how often `load_blocklist()` runs: the `if` calls it for every word of every post. "
    "Does anything it returns depend on the post or the word?",
    "Move the call where it runs once per call of `flag_posts`, keep its result in a variable "
    "and test the words against that. Mind the two loops: moved just above `for word in ...` "
    "it still runs once per post.",
    "`blocked = load_blocklist()` as the first line of `flag_posts`, before `for post in "
    "posts:`, then `if cleaned in blocked:`. Keep calling it in every run: a cache kept between "
    "runs would miss an updated blocklist.",
]
PUNCTUATION = ".,!?;:"
SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "ze", "bu", "da", "fe"]


def make_loader(words: list[str]):
    """A load_blocklist for the checks: parses its ``text`` on every call, counts its ``calls``."""

    def load_blocklist() -> set[str]:
        load_blocklist.calls += 1
        return {line.strip().lower() for line in load_blocklist.text.splitlines()
                if line.strip() and not line.startswith("#")}

    load_blocklist.text = "# one blocked word per line\n" + "\n".join(words)
    load_blocklist.calls = 0
    return load_blocklist


def vocabulary(rng: random.Random, size: int) -> list[str]:
    words = set()
    while len(words) < size:
        words.add("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))))
    return sorted(words)


def make_job(seed: int, posts: int, words_per_post: int = 10, blocked: int = 300):
    """Posts with capitals and punctuation, and a blocklist holding about a third of their words."""
    rng = random.Random(seed)
    words = vocabulary(rng, blocked * 3)
    blocklist = rng.sample(words, blocked)
    texts = []
    for _ in range(posts):
        chosen = [rng.choice(words) for _ in range(rng.randint(words_per_post - 3,
                                                               words_per_post + 3))]
        chosen = [word.capitalize() if rng.random() < 0.2 else word for word in chosen]
        chosen = [word + rng.choice(PUNCTUATION) if rng.random() < 0.2 else word
                  for word in chosen]
        texts.append(" ".join(chosen))
    return texts, blocklist


def expected(posts: list[str], blocklist: list[str]) -> list[list[str]]:
    blocked = set(blocklist)
    return [[word.strip(PUNCTUATION).lower() for word in post.split()
             if word.strip(PUNCTUATION).lower() in blocked] for post in posts]


def word_count(posts: list[str]) -> int:
    return sum(len(post.split()) for post in posts)


def compare(ctx, got, want, posts: list[str], when: str) -> None:
    ctx.expect(isinstance(got, list) and all(isinstance(hits, list) for hits in got),
               f"{when}, flag_posts returned a {type(got).__name__}"
               + (" of " + ", ".join(sorted({type(h).__name__ for h in got}))
                  if isinstance(got, list) and got else ""),
               "the moderation queue reads one list of flagged words per post",
               "return a list with one list of words for each post, as the starter does")
    ctx.expect(len(got) == len(want),
               f"{when}, flag_posts returned {len(got)} lists for {len(posts)} posts",
               "each post needs its own list, empty when nothing is flagged",
               "append one list per post, also when it is empty")
    for index, (mine, right) in enumerate(zip(got, want, strict=True)):
        ctx.expect(mine == right,
                   f"{when}, for the post {posts[index]!r} flag_posts returned {mine!r} instead "
                   f"of {right!r}",
                   "a faster answer has to be the same answer",
                   "keep the starter's way of cleaning and testing each word; only move the "
                   "work that does not depend on the word")


def check_result(ctx):
    """flag_posts flags the same words as before, in order, repeats included."""
    posts, blocklist = make_job(seed=1, posts=30)
    got = ctx.call_sync("flag_posts", list(posts), make_loader(blocklist))
    compare(ctx, got, expected(posts, blocklist), posts, "for 30 posts")


def check_blocklist_built_once(ctx):
    """load_blocklist runs once per run of flag_posts: not per word, not per post."""
    for seed in (2, 3):
        posts, blocklist = make_job(seed=seed, posts=40)
        load_blocklist = make_loader(blocklist)
        got = ctx.call_sync("flag_posts", list(posts), load_blocklist)
        calls, words = load_blocklist.calls, word_count(posts)
        ctx.record(load_blocklist_calls=calls)
        observed = (f"one run over {len(posts)} posts ({words} words) called load_blocklist "
                    f"{calls:,} times")
        if calls == 0:
            ctx.fail(observed,
                     "the blocklist used came from somewhere else than the load_blocklist this "
                     "run was given: kept from an earlier run, so an updated file would be "
                     "ignored",
                     "call the load_blocklist you are given, once, in every run")
        if calls == len(posts):
            ctx.fail(observed + ": once per post",
                     "the call left the inner loop but is still inside the loop over posts, "
                     "so the whole file is still read and parsed for every post",
                     "move it above `for post in posts:` too")
        ctx.expect(calls == 1,
                   observed + (": once per word" if calls == words else ""),
                   "each call reads and parses the whole blocklist again, though nothing in it "
                   "depends on the post or the word",
                   "call load_blocklist once, before the loops, and keep the set in a variable")
        compare(ctx, got, expected(posts, blocklist), posts, f"with blocklist {seed}")


def check_sees_updates(ctx):
    """A second run with the same loader sees the blocklist as changed in between."""
    posts, blocklist = make_job(seed=4, posts=20)
    load_blocklist = make_loader(blocklist)
    ctx.call_sync("flag_posts", list(posts), load_blocklist)
    updated = blocklist[: len(blocklist) // 2]  # half the words were taken off the list
    load_blocklist.text = "\n".join(updated)
    load_blocklist.calls = 0
    got = ctx.call_sync("flag_posts", list(posts), load_blocklist)
    ctx.expect(load_blocklist.calls == 1,
               f"the second run called load_blocklist {load_blocklist.calls} times",
               "a blocklist kept from the first run would still flag the words taken off the "
               "list since: build it once per run, not once per process",
               "drop the cache kept between runs; one call at the start of each run is cheap")
    compare(ctx, got, expected(posts, updated), posts, "after the blocklist was updated")


def bars(title: str, rows: list[tuple[str, int]]) -> str:
    largest = max(count for _, count in rows)
    return "\n".join([title] + [f"    {label:<7} {text_bar(count, largest)} {count:>6,}"
                                for label, count in rows])


def measure(ctx):
    posts, blocklist = make_job(seed=5, posts=30, blocked=800)
    counts = []
    for which in ("broken", "yours"):
        load_blocklist = make_loader(blocklist)
        ctx.call_sync("flag_posts", posts, load_blocklist, which=which)
        counts.append((which, load_blocklist.calls))
    ctx.note(bars(f"load_blocklist calls in one run ({len(posts)} posts, "
                           f"{word_count(posts)} words):", counts))
    ctx.race_sync(lambda: ctx.call_sync("flag_posts", posts, make_loader(blocklist),
                                        which="broken"),
                  lambda: ctx.call_sync("flag_posts", posts, make_loader(blocklist)),
                  title=f"{len(posts)} posts against an {len(blocklist)}-word blocklist: "
                        "median of 3 runs each")
