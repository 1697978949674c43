"""Hidden checks for lesson 02: recomputing.

They count the expensive work itself: how many times `difflib.get_close_matches`
really runs (its body starts; a cache hit in front of it does not count), matched by
its code object, so no name, import style or cache placement changes the count.
Fed a stream of searches with fresh queries, that count must equal the number of
distinct (query, department) pairs, and every answer must be the starter's.
"""

import difflib
import random

from coursekit import profiling

TITLE = "Recomputing"
MINUTES = 40
SUMMARY = "the same pure result computed again and again → `functools.cache` / `lru_cache`, and what not to cache"
REQUIRES = {"answer_search": "sync"}
HINTS = [
    "`suggest` gives the same answer for the same query and department every time, yet it runs "
    "for every search. Which function should remember its answers?",
    "`@functools.cache` on `suggest` fails with \"unhashable type: 'list'\": a cache key must be "
    "hashable, and a list is not. Pass something hashable that identifies the names, such as "
    "the department's name (or a tuple of the names).",
    "`@functools.cache` above a `suggest(query, department)` that looks up "
    "`CATALOGUE[department]` itself, and `answer_search` calling `suggest(query, department)`. "
    "Do not cache `answer_search`: its `user` argument makes almost every call different.",
]

USERS = [f"{name}{n}" for n in range(8) for name in ("ana", "ben", "chi", "dev", "eli", "fay")]


def typo(name: str, rng: random.Random) -> str:
    """`name` as someone types it in a hurry: two neighbouring letters swapped."""
    spots = [i for i in range(len(name) - 1) if " " not in name[i:i + 2] and name[i] != name[i + 1]]
    i = rng.choice(spots)
    return name[:i] + name[i + 1] + name[i] + name[i + 2:]


def questions(ctx, count: int, seed: int, avoid: set) -> list[tuple[str, str]]:
    """`count` distinct (query, department) pairs, none of them in `avoid`, all lowercase."""
    catalogue = ctx.module("broken").CATALOGUE
    rng = random.Random(seed)
    found: list[tuple[str, str]] = []
    while len(found) < count:
        department = rng.choice(sorted(catalogue))
        pair = (typo(rng.choice(catalogue[department]), rng), department)
        if pair not in avoid and pair not in found:
            found.append(pair)
    avoid.update(found)
    return found


def traffic(pairs: list, searches: int, seed: int) -> list[tuple[str, str, str]]:
    """`searches` searches over `pairs`, each pair at least twice, in a shuffled order."""
    rng = random.Random(seed)
    chosen = pairs * 2 + [rng.choice(pairs) for _ in range(searches - 2 * len(pairs))]
    rng.shuffle(chosen)
    return [(rng.choice(USERS), query, department) for query, department in chosen]


def first_questions(ctx) -> list[tuple[str, str]]:
    """The questions of the first check: typos, the same typed words in other departments,
    exact names, mixed case and nonsense."""
    catalogue = ctx.module("broken").CATALOGUE
    pairs = questions(ctx, 8, 1, set())
    shared = [(query, other) for query, department in pairs[:4]
              for other in sorted(catalogue) if other != department]
    exact = [(catalogue["kitchen"][7], "kitchen"), ("Copper Kettle", "garden")]
    return pairs + shared + exact + [("zzzz qqqq", "bathroom")]


def check_same_answers(ctx):
    """Every search gets the starter's answer, repeated and look-alike searches included."""
    for user, query, department in traffic(first_questions(ctx), 60, 2):
        want = ctx.call_sync("answer_search", user, query, department, which="broken")
        got = ctx.call_sync("answer_search", user, query, department)
        ctx.expect(got == want,
                   f"answer_search({user!r}, {query!r}, {department!r}) returned {got!r}",
                   f"the starter answers {want!r}: a cache must never change an answer",
                   "key the cache on everything the answer depends on (the query and the "
                   "department), and never change a cached value after returning it")


def check_each_question_once(ctx):
    """The expensive comparison runs once per distinct (query, department), however often it is asked."""
    pairs = questions(ctx, 16, 3, set(first_questions(ctx)))  # fresh: never asked before
    log = traffic(pairs, 160, 4)
    counted = {}
    for which in ("broken", "yours"):
        with profiling.count_calls(difflib.get_close_matches) as seen:
            for user, query, department in log:
                ctx.call_sync("answer_search", user, query, department, which=which)
        counted[which] = seen[difflib.get_close_matches]
    runs, distinct, searches = counted["yours"], len(pairs), len(log)
    ctx.record(searches=searches, distinct_questions=distinct,
               computations_broken=counted["broken"], computations_yours=runs)
    ctx.note(f"{searches} searches, {distinct} distinct questions: the suggestion was "
                      f"computed {counted['broken']} times by the starter, {runs} by yours")
    seen_as = (f"{searches} searches asked {distinct} distinct (query, department) questions, "
               f"and the suggestion was computed {runs} times")
    if runs >= searches:
        ctx.fail(seen_as,
                 "every search computed its answer again: no answer was ever remembered, so "
                 f"{searches - distinct} of those computations were wasted work",
                 "cache the function that does the expensive work, with a cache that lives as "
                 "long as the module (not one created inside the function on every call), keyed "
                 "on what its answer depends on")
    ctx.expect(runs <= distinct,
               seen_as,
               f"{runs - distinct} repeated questions were computed again: the cache forgot "
               "them (too small) or its key holds something that changes between searches "
               "(such as the user)",
               "key the cache on the query and the department only, and let it hold every "
               "distinct question (`maxsize=None`, or far more than you expect)")
    ctx.expect(runs == distinct,
               seen_as,
               "fewer computations than distinct questions: either different questions share "
               "one cached answer, or the suggestions no longer come from `suggest`'s "
               "difflib comparison",
               "keep `suggest`'s difflib call, and key the cache on the query and the department")


def measure(ctx):
    used = set(first_questions(ctx))
    questions(ctx, 16, 3, used)  # the second check's questions: not fresh any more
    logs = [traffic(questions(ctx, 20, 10 + run, used), 200, 20 + run) for run in range(3)]

    def runner(which):
        pending = iter(logs)

        def one_run():  # fresh questions each run: the cache starts cold, as after a deploy
            for user, query, department in next(pending):
                ctx.call_sync("answer_search", user, query, department, which=which)
        return one_run

    ctx.race_sync(runner("broken"), runner("yours"),
                  title="200 searches over 20 distinct questions, cold cache: median of 3 runs")
