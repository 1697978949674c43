"""Hidden checks for lesson {{NN}}: {{TITLE}}.

TODO(lesson): one paragraph: what the checks decide on (which deterministic probe), and why
that evidence does not depend on how busy the machine is.
"""

from hypothesis import strategies as st

from coursekit.oracle import agree

TITLE = "{{TITLE}}"
MINUTES = 30  # TODO(lesson): reading + exercise, measured on a learner
SUMMARY = "TODO(lesson): the mistake → the fix"
REQUIRES = {"shared_tags": "sync"}
HINTS = [
    "TODO(lesson): a gentle hint: where to look.",
    "TODO(lesson): closer: the tool to use.",
    "TODO(lesson): nearly the answer, still in words.",
]

TAGS = st.lists(st.sampled_from(["a", "B", "b", "é", " a", "a ", ""]) | st.text(max_size=4),
                max_size=30)


def check_same_results_as_the_starter(ctx):
    """Your results match the starter's on awkward inputs: empty, repeats, case, whitespace."""
    agree(ctx, st.tuples(TAGS, TAGS), lambda example: (
        ctx.call_sync("shared_tags", *example, which="broken"),
        ctx.call_sync("shared_tags", *example)),
        what="shared_tags(posts, wanted)")


class Watched(list):
    """The wanted list, counting how often it is scanned: a deterministic measure of work."""

    def __init__(self, items):
        super().__init__(items)
        self.scans = 0

    def __iter__(self):
        self.scans += 1
        return super().__iter__()

    def __contains__(self, item):
        self.scans += 1
        return super().__contains__(item)


def scans_for(ctx, posts: int) -> int:
    wanted = Watched(f"t{n}" for n in range(100))
    ctx.call_sync("shared_tags", [f"t{n % 150}" for n in range(posts)], wanted)
    return wanted.scans


def check_wanted_is_scanned_once(ctx):
    """The wanted list is read once per call, not once per post: 10x the posts, the same reads."""
    # TODO(lesson): a probe of the lesson's own mistake, at two sizes along every input dimension.
    small, large = scans_for(ctx, 100), scans_for(ctx, 1_000)
    ctx.record(scans_100_posts=small, scans_1000_posts=large)
    ctx.expect(large <= 1,
               f"the wanted list was scanned {small:,} times for 100 posts and {large:,} times "
               "for 1,000",
               "each post still looks through the whole list: the work grows with posts × wanted",
               "read the wanted list once, into a structure with fast lookups, before the loop")


def measure(ctx):
    posts, wanted = [f"t{n % 500}" for n in range(2_000)], [f"t{n}" for n in range(1_000)]
    ctx.race_sync(lambda: ctx.function("shared_tags", "broken")(posts, wanted),
                  lambda: ctx.function("shared_tags")(posts, wanted))
