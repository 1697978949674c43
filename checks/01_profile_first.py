"""Hidden checks for lesson 01: profile first.

They decide on a profile, not on a guess: cProfile counts the Python function calls a
report makes for each added order, at two sizes (the starter's hot line makes hundreds;
the report itself needs a handful), under every logging setting where the "reports"
logger drops DEBUG records, set on that logger, on the root, by logging.disable or by
the logger being disabled (as dictConfig leaves, by default, each existing logger that is
neither named in its configuration nor a child of one named there); and no text naming an
order (its SKU) is handed to the logger already written out when it drops DEBUG (as an
argument, or inside a dict, list, tuple or set argument or extra=), and no amount the report
does not show is written out before the logger is asked (text built eagerly that names
neither, the order's id, day and customer in an f-string, or the gross the report writes
anyway, is not refused: 2,000 orders with DEBUG off, about 12.7 ms of CPU against 12.8 ms for
a lazy dict argument): with DEBUG dropped, the module's Decimal (and decimal.Decimal) is made a subclass that notes each str(),
repr() and format() of an amount and of what is computed from it, and no more different
amounts may be written out than the report shows (each order's gross, each customer's total)
plus half the orders (a message built before the guard, in an f-string or with str(), writes
the order's unit price, net, VAT and gross: 3 or 4 more per order). The starter is the
oracle: the same report on generated orders (huge and tiny amounts, zero quantities,
repeated customers, padded lines, fields written in digits other than 0-9 that the starter's
\\d reads, Arabic-Indic, Persian, Devanagari or fullwidth, as int() and Decimal() do: a
ValueError there is a wrong answer, not a crash, as re.ASCII or [0-9] gives), a ValueError
for generated lines it refuses (superscript digits, which are digits to str.isdigit() only)
and the same ValueError for rows it refuses, and, under each logging setting (the root at
NOTSET, every level on, among them), and under python -O
(the file compiled with optimize=1), the same number of debug records, in order, each
naming every value the starter's names (the last order's customer has a 38-letter name and a
huge price, which a shortened repr such as reprlib's cuts) and no object's default repr (an
address), logged from build_report as the starter's are (a helper that logs without
stacklevel=2 names itself in %(funcName)s), still right when a handler formats them late;
with `reports` at DEBUG, exactly one more record per added order from 200 orders to 10,200 (a
cap "to protect the log", of 20 records per report, 1,000 or 10,000, leaves a big day's later
orders unlogged). Loading the file leaves the loggers' levels,
handlers and switches as they were (a level set on `reports` at import would hide it from
the root's DEBUG; a NullHandler is allowed on `reports` only: on the root, it silences
logging's last resort for every library; the logging module's own switches, logThreads,
_srcfile and the like, hold for every record of the process). The same 300 orders from 3 customers and from 300
may cost at most 10 more Python lines per added customer than the starter's 2 (a pass over
the orders per customer: about 300); only Python lines are counted, so a pass per customer
made inside built-ins, as sum(compress(grosses, map(name.__eq__, names))) makes it, in C, is
not seen (nothing in it can be counted: the names are plain str, from the regular expression). Adding an order's line must not copy the report so far: with `reports`
at DEBUG, tracemalloc's peak is read at each debug record, and at the default level as the
loop takes each order from the lines (a list whose iteration, slices and indexing mark it), and the median rise
from one mark to the next (one order's step, copies made and dropped included) may grow by at most
5 bytes per added order from 100 orders to 200 (a copy of the report per order, as
`"".join((report, row))` makes: about 22; the starter's local `+=`, which CPython extends in
place: 0; judged against the starter's growth should a Python copy on `+=`). Once a report
has returned, none of its lines is still alive (weak references: a cache keyed on the lines,
of any size limit, keeps some), and after the first of three reports of 2,000 new orders at most
40 bytes per order more are held than before it, and after the third than after the second (a
cache of parsed lines: about 660 per order, after the first report whatever its size limit, and
whatever its key: line.strip() is a copy that weak references to the lines do not see; every
order is from a new customer, so a module-level dict that shares one string per name keeps
about 80). Two reports built at once, the second from another thread when the first reaches
its first, middle and last step in your file (a line, or a call from it and its return,
counted with sys.settrace), are each the starter's for their own orders (a module-level list
of rows, emptied after each report, mixes them). The race of the
starter and yours is shown, never judged: a CI run under load once measured the fix only 2.9x
faster (idle: 11x to 13x), and no wrong fix in the catalogue is refused by time alone.
"""

import cProfile
import decimal
import gc
import importlib.util
import logging
import random
import re
import sys
import tracemalloc
import weakref
from contextlib import contextmanager, suppress
from dataclasses import dataclass

from hypothesis import strategies as st

from coursekit import at_once, memory, profiling, timing
from coursekit.errors import CheckFailed, ExerciseBroken
from coursekit.line_events import LineEvents
from coursekit.loading import describe, module_name
from coursekit.oracle import agree, short

TITLE = "Profile first"
MINUTES = 40
SUMMARY = "optimising by guessing → cProfile finds the function, line_profiler the line"
REQUIRES = {"build_report": "sync"}
HINTS = [
    "Don't guess: run cProfile on `build_report` and sort by cumulative time. The function "
    "at the top of the list, under build_report, is not one you wrote.",
    "`%lprun -f build_report` (or kernprof) shows one line of build_report taking most of "
    "the time. Nothing is logged at all: the logger is not set to DEBUG. So what is that line "
    "computing, and who uses it?",
    "Arguments are evaluated before a function is called: `pformat(...)` runs for every order "
    "even though `log.debug` then drops the message. Do that work only when it will be logged: "
    "`if log.isEnabledFor(logging.DEBUG):` around the log line, or pass the dict itself and "
    "let logging format it lazily.",
]

SIZES = (200, 400)  # orders in the two profiled runs: the cost of one more order is the slope
MAX_CALLS_PER_ORDER = 30  # the fixed report adds about 4 per order, the starter hundreds
LOGGED_ORDERS = 12  # orders in each run whose debug records are compared
RECORD_SIZES = (200, 10_200)  # orders in the two DEBUG runs whose records are counted: one more
# per added order (a cap "to protect the log", of 20, 1,000 or 10,000 records, logs fewer)
RACE_ORDERS = 1200
STEP_SIZES = (100, 200)  # orders in the two runs whose memory steps are compared
MAX_STEP_GROWTH = 5  # bytes per added order (a copy of the report per order: about 22-24)
LOGGER = "reports"
CUSTOMER_ORDERS = 300  # orders in both runs of the customers probe
CUSTOMER_COUNTS = (3, 300)  # customers they come from: a pass per customer costs 300 lines each
MAX_LINES_PER_CUSTOMER = 10  # a total's line or two per customer; a scan per customer, 300+
KEPT_ORDERS = 2000  # new orders in each report of the memory-kept probe
MAX_KEPT_PER_ORDER = 40  # bytes still held per order of a report once it returned (a cache of
# every parsed line keeps about 700; the starter 0)
# A default repr: <function f at 0x7f…>, <function <lambda> at 0x7f…>, <generator object …>
ADDRESS = re.compile(r"<[^\n]*? at 0x[0-9a-fA-F]+>")


# --- orders -------------------------------------------------------------------------------

def order_lines(count: int, seed: int, unique_skus: bool = False) -> list[str]:
    """Orders in the exercise's CSV format, including awkward values (large and tiny)."""
    rng = random.Random(seed)
    customers = ["ines", "jonas", "kofi", "lena", "mateo", "nora", "olu", "pia", "quinn"]
    skus = rng.sample(range(1000), count) if unique_skus else None
    lines = []
    for number in range(1, count + 1):
        sku = skus[number - 1] if skus else rng.randint(0, 999)
        cents = rng.choice([1, 5, 99, 100]) if number % 37 == 0 else rng.randint(100, 250_000)
        lines.append(f"{number + 1000 * seed},2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d},"
                     f"{rng.choice(customers)},{rng.choice('KLMNPQRS')}RD-{sku:03d},"
                     f"{rng.randint(2, 40)},{cents // 100}.{cents % 100:02d}")
    return lines


def with_customers(lines: list[str], names) -> list[str]:
    """The same orders, each from the next of ``names``."""
    return [",".join((*fields[:2], name, *fields[3:]))
            for fields, name in zip((line.split(",") for line in lines), names, strict=True)]


LONG_NAME = "bartholomewvanderwesthuizenmacallister"  # longer than a shortened repr keeps (30)
BIG_PRICE = "98765432109876543.21"  # its amounts' reprs are longer than that too


def logged_lines() -> list[str]:
    """The orders whose debug records are compared, the last from a customer with a long name
    at a huge price: a record that shortens its values (reprlib) loses part of them."""
    *lines, last = order_lines(LOGGED_ORDERS, 3, unique_skus=True)
    *fields, _ = with_customers([last], [LONG_NAME])[0].split(",")
    return [*lines, ",".join((*fields, BIG_PRICE))]


CUSTOMERS = ["ada", "bo", "x", "zed", "verylongnamez", "quinn"]  # repeats, and 1 to 13 letters
CENTS = st.one_of(st.integers(0, 9_999_999),  # everyday prices, a cent, nothing
                  st.integers(10**11, 10**17))  # beyond what a float holds to the cent


# Digits an export may write: the starter's pattern reads them with \d, which in a str pattern
# matches every Unicode decimal digit, and int() and Decimal() read those too, so it reports
# an order written in Arabic-Indic, Persian, Devanagari or fullwidth digits; superscripts are
# digits to str.isdigit() but not to \d, int() or Decimal(): it refuses those.
DIGITS = {"0-9": "0123456789", "Arabic-Indic": "٠١٢٣٤٥٦٧٨٩", "fullwidth": "０１２３４５６７８９",
          "Devanagari": "०१२३४५६७८९", "Persian": "۰۱۲۳۴۵۶۷۸۹", "superscript": "⁰¹²³⁴⁵⁶⁷⁸⁹"}
FIELDS = ("id", "day", "sku", "quantity", "unit_price")


def order_line(pad, number, day, customer, sku, quantity, cents, end,
               digits="0-9", written=()) -> str:
    """One order; the fields named in ``written`` with the ``digits`` named."""
    letters = "".join(chr(ord("A") + sku // 26**i % 26) for i in range(3))
    fields = {"id": number, "day": f"{2024 + day // 336:04d}-{day // 28 % 12 + 1:02d}-{day % 28 + 1:02d}",
              "sku": f"{sku % 1000:03d}", "quantity": quantity,
              "unit_price": f"{cents // 100}.{cents % 100:02d}"}
    table = str.maketrans("0123456789", DIGITS[digits])
    id_, day_, sku_, quantity_, price_ = (
        str(fields[name]).translate(table) if name in written else str(fields[name])
        for name in FIELDS)
    return f"{pad}{id_},{day_},{customer},{letters}-{sku_},{quantity_},{price_}{end}"


# One order line, the way an export writes it: few choices each, so a difference shrinks fast
# (to 0-9 digits first, then to one field written in others).
LINE = st.builds(order_line, st.sampled_from(["", "", " ", "\t"]),
                 st.sampled_from(["0", "7", "007", "123456789012"]), st.integers(0, 3000),
                 st.sampled_from(CUSTOMERS), st.integers(0, 26**3 * 1000 - 1),
                 st.sampled_from(["0", "1", "2", "12", "40", "007", "1000000"]), CENTS,
                 st.sampled_from(["", "", "\n", "\r\n", "  "]),
                 st.sampled_from([*["0-9"] * 6, *DIGITS]),
                 st.sampled_from([(name,) for name in FIELDS] + [FIELDS]))

# Rows the starter refuses (ValueError): a fix keeps refusing them, not reporting them.
GOOD = "7,2024-03-01,ada,AKU-001,2,19.90"
BAD_ROWS = [
    "7,2024-03-01,ada,AKU-001,2,NaN", "7,2024-03-01,ada,AKU-001,-2,19.90",
    "7,2024-03-01,ada,AKU-001,2,19.9", "7,2024-03-01,ada,AKU-001,2,1e3",
    "7,yesterday,ada,AKU-001,2,19.90", "7,2024-03-01,Ada,AKU-001,2,19.90",
    "7,2024-03-01,ada,sku1,2,19.90", "7,2024-03-01,ada,AKU-001,2.5,19.90",
    "7,2024-03-01,ada,AKU-001,19.90", GOOD + ",extra", "", "id,day,customer,sku,quantity,unit_price",
]


class Refused(str):
    """build_report raised ValueError: it refused the lines as not orders."""


def first_difference(got: str, want: str) -> str:
    """Where the report first differs from the starter's, in words: 'line 3 of the report is
    ... where the starter's is ...', which one ends first, or how a line ends."""
    theirs, ours = got.splitlines(keepends=True), want.splitlines(keepends=True)
    where = next((n for n, (a, b) in enumerate(zip(theirs, ours, strict=False)) if a != b),
                 min(len(theirs), len(ours)))
    if not theirs:
        return f"the report is empty where the starter's begins with {ours[0]!r}"
    if where >= len(theirs):
        return (f"the report ends after line {where} where the starter's goes on with "
                f"{ours[where]!r}")
    if where >= len(ours):
        return f"line {where + 1} of the report is {theirs[where]!r} where the starter's has ended"
    mine, starters = theirs[where], ours[where]
    if mine.rstrip("\r\n") == starters.rstrip("\r\n"):
        return (f"line {where + 1} of the report ends with {ending(mine)!r} where the "
                f"starter's ends with {ending(starters)!r}")
    return f"line {where + 1} of the report is {mine!r} where the starter's is {starters!r}"


def ending(line: str) -> str:
    return line[len(line.rstrip("\r\n")):]


# --- logging settings ----------------------------------------------------------------------

class Kept(logging.Handler):
    """Keeps the records unformatted, formatted only when read later (as a MemoryHandler
    does until it flushes; a QueueHandler, by contrast, formats each record as it is logged)."""

    def __init__(self):
        super().__init__(logging.DEBUG)
        self.records: list[logging.LogRecord] = []

    def emit(self, record):
        self.records.append(record)


@dataclass(frozen=True)
class Setting:
    said: str  # how a message names it
    reports: int  # the "reports" logger's own level (NOTSET: inherit)
    root: int
    handler_on: str = "root"  # where the records are collected
    propagate: bool = True
    disable: int = logging.NOTSET  # logging.disable(level): off for every logger, whatever its level
    disabled: bool = False  # Logger.disabled: what dictConfig sets, by default, on existing
    # loggers neither named in its configuration nor children of one named there

    @property
    def drops_debug(self) -> bool:
        level = self.reports or self.root
        return level > logging.DEBUG or self.disable >= logging.DEBUG or self.disabled


SETTINGS = [
    Setting("with no level set (the root's WARNING applies)", logging.NOTSET, logging.WARNING),
    Setting("with `reports` at DEBUG and the root at WARNING", logging.DEBUG, logging.WARNING),
    Setting("with `reports` at INFO and the root at DEBUG", logging.INFO, logging.DEBUG),
    Setting("with the root at DEBUG and `reports` not set", logging.NOTSET, logging.DEBUG),
    Setting("with `reports` at WARNING, the root at DEBUG", logging.WARNING, logging.DEBUG),
    Setting("with `reports` at DEBUG, its own handler, not propagating", logging.DEBUG,
            logging.WARNING, handler_on=LOGGER, propagate=False),
    Setting("with `reports` and the root both at DEBUG", logging.DEBUG, logging.DEBUG,
            handler_on=LOGGER),
    Setting("with `reports` at DEBUG but `logging.disable(logging.DEBUG)` in force",
            logging.DEBUG, logging.WARNING, disable=logging.DEBUG),
    Setting("with the root at DEBUG but `reports` disabled (as logging.config.dictConfig "
            "leaves, by default, each existing logger that is neither named in its "
            "configuration nor a child of one named there)", logging.NOTSET, logging.DEBUG,
            disabled=True),
    Setting("with the root at NOTSET, every level on (as basicConfig(level=logging.NOTSET) "
            "sets it), and `reports` not set", logging.NOTSET, logging.NOTSET),
]


def logger_state() -> tuple:
    reports, root = logging.getLogger(LOGGER), logging.getLogger()
    return (reports.level, tuple(reports.handlers), reports.propagate, reports.disabled,
            root.level, tuple(root.handlers), logging.root.manager.disable)


@contextmanager
def logging_as(setting: Setting):
    """Loggers set as ``setting`` says, a Kept handler attached; everything restored after."""
    reports, root = logging.getLogger(LOGGER), logging.getLogger()
    saved = logger_state()
    kept = Kept()
    try:
        logging.disable(setting.disable)
        reports.disabled = setting.disabled
        reports.setLevel(setting.reports)
        reports.propagate = setting.propagate
        root.setLevel(setting.root)
        (reports if setting.handler_on == LOGGER else root).addHandler(kept)
        yield kept
    finally:
        (reports if setting.handler_on == LOGGER else root).removeHandler(kept)
        level, handlers, propagate, disabled, root_level, root_handlers, disable = saved
        reports.handlers[:] = handlers
        root.handlers[:] = root_handlers
        reports.setLevel(level)
        root.setLevel(root_level)
        reports.propagate, reports.disabled = propagate, disabled
        logging.disable(disable)


def values_in(message: str) -> list[str]:
    """The values a starter's record names: quoted strings that are not keys, and numbers."""
    values = []
    for match in re.finditer(r"'([^']*)'(\s*:)?|(?<![\w.])(\d+(?:\.\d+)?)(?![\w.])", message):
        quoted, key, number = match.groups()
        if number is not None:
            values.append(number)
        elif key is None:
            values.append(quoted)
    return values


def debug_records(ctx, which: str, setting: Setting, lines: list[str]):
    """(records of the reports logger, messages formatted after the call, the logger state
    before and after the call)."""
    with logging_as(setting) as kept:
        before = logger_state()
        ctx.call_sync("build_report", list(lines), which=which)
        after = logger_state()
    records = [r for r in kept.records if r.name == LOGGER or r.name.startswith(LOGGER + ".")]
    return records, [message_of(r) for r in records], before, after


def message_of(record: logging.LogRecord) -> str:
    """The record's message as a handler formats it; one that cannot be formatted (its
    arguments do not fit its placeholders) is what logging itself reports: an error."""
    try:
        return record.getMessage()
    except (TypeError, ValueError, KeyError) as error:
        return (f"(a record logging cannot format: {type(error).__name__}: {error}; its "
                f"message {str(record.msg)[:80]!r} with arguments {str(record.args)[:80]})")


def texts_in(value) -> list[str]:
    """``value`` if it is a str; the str keys and items of a dict, list, tuple or set, one
    level down (`log.debug("%(text)s", {"text": f"..."})` builds the text all the same)."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [item for pair in value.items() for item in pair if isinstance(item, str)]
    if isinstance(value, (list, tuple, set, frozenset)):
        return [item for item in value if isinstance(item, str)]
    return []


@contextmanager
def texts_handed_to_debug():
    """Every str the `reports` logger's debug() and log() were handed, as an argument or inside
    one (a dict, list, tuple or set; extra= too): a message already built."""
    reports = logging.getLogger(LOGGER)
    handed: list[str] = []

    def spy(method):
        def wrapper(*args, **kwargs):
            for value in [*args, *kwargs.values()]:
                handed.extend(texts_in(value))
            return method(*args, **kwargs)
        return wrapper

    reports.debug, reports.log = spy(reports.debug), spy(reports.log)
    try:
        yield handed
    finally:
        del reports.debug, reports.log


def calls_per_added_order(ctx, setting: Setting, which: str = "yours") -> tuple[float, list]:
    """Python function calls one more order costs, from cProfile runs at two sizes."""
    totals, top = [], []
    for size in SIZES:
        lines = order_lines(size, 4)
        profiler = cProfile.Profile()
        with logging_as(setting):
            profiler.enable()
            try:
                ctx.call_sync("build_report", lines, which=which)
            finally:
                profiler.disable()
        totals.append(profiling.python_calls(profiler))
        top = profiling.top_calls(profiler, 3)
    return (totals[1] - totals[0]) / (SIZES[1] - SIZES[0]), top


# --- the checks ----------------------------------------------------------------------------

def check_same_report(ctx):
    """The report is exactly the starter's, line for line, totals included, on awkward orders too."""
    for lines in (order_lines(150, 1), order_lines(60, 2), []):
        want = ctx.call_sync("build_report", list(lines), which="broken")
        given = list(lines)
        got = ctx.call_sync("build_report", given)
        ctx.expect(isinstance(got, str),
                   f"build_report returned a {type(got).__name__}, not a str",
                   "the finance team reads the report as text",
                   "keep returning the report string")
        if got != want:
            ctx.fail(f"for {len(lines)} orders, {first_difference(got, want)}",
                     "a faster report that says something else is a different report",
                     "change how the work is done, not what the report says")
        ctx.expect(given == lines,
                   f"after build_report, the caller's list of {len(lines)} lines had changed",
                   "the caller may still need its lines (to archive them, to retry)",
                   "read the lines; build the report in new objects")

    tried = []

    def both(lines):
        tried.append(lines)  # Hypothesis runs the smallest differing input last
        try:  # superscript digits: the starter refuses the lines, and so must a fix
            want = ctx.call_sync("build_report", list(lines), which="broken", catch=False)
        except ValueError as error:
            want = Refused(f"ValueError: {short(str(error), 120)}")
        try:
            return want, ctx.call_sync("build_report", list(lines), catch=False)
        except ValueError as error:  # a refusal: the answer for a row that is not an order
            return want, Refused(f"ValueError: {short(str(error), 120)}")
        except Exception as error:
            raise ExerciseBroken(
                f"`build_report` in {ctx.shown_as()} raised {describe(error, ctx.paths['yours'])}"
                f". That was build_report({short(lines, 400)}).") from None

    def same(want, got) -> bool:  # two refusals agree, whatever their messages say
        return want == got or (isinstance(want, Refused) and isinstance(got, Refused))

    meaning = ("money is exact to the cent in the starter (Decimal), whatever the amount, and "
               "its lines and totals are formatted one way: a faster report must say the same "
               "thing for every order it can be given")
    nudge = ("run both versions on that input; keep the starter's parsing and Decimal "
             "arithmetic, they were never the slow part")
    try:
        agree(ctx, st.lists(LINE, max_size=6), both, what="build_report(lines)", same=same,
              meaning=meaning, nudge=nudge)
    except CheckFailed:
        lines = tried[-1] if tried else []
        # one of them alone, if one differs alone: the shrinker leaves some alike beside it
        lines = next(([line] for line in lines if not same(*both([line]))), lines)
        want, got = both(lines)
        found = f"for the lines {short(lines, 400)} (the smallest input found that differs)"
        digits = sorted({c for line in lines for c in line if c.isdigit() and not c.isascii()})
        if isinstance(got, Refused) and not isinstance(want, Refused):
            if digits:
                ctx.fail(f"{found}, build_report raised {got}; the starter reports them",
                         "the starter's pattern reads digits with \\d, which in a str pattern "
                         f"matches every Unicode decimal digit ({''.join(digits[:10])} here), "
                         "and int() and Decimal() read them as 0-9: an export written with "
                         "another script's digits is reported by the starter, and a fix that "
                         "refuses it (re.ASCII, [0-9]) stops the morning report",
                         "keep the starter's pattern as it is, flags included: the regular "
                         "expression was never the slow part, the profile says so")
            ctx.fail(f"{found}, build_report raised {got}; the starter reports them",
                     "the starter reads every line its pattern matches once the line is "
                     "stripped (a space or tab before it, a Windows line end after it): a "
                     "fix that refuses such a line stops the morning report",
                     "keep the starter's parsing (strip, then the whole line must match): "
                     "it was never the slow part, the profile says so")
        if isinstance(want, Refused) and isinstance(got, str) and not isinstance(got, Refused):
            ctx.fail(f"{found}, build_report returned a report of {len(got.splitlines())} "
                     f"lines; the starter refuses them: {want}",
                     "the starter's pattern does not match that line, so it is not an order "
                     "(superscript digits are digits to str.isdigit(), not to \\d, int() or "
                     "Decimal()): a report that counts it anyway, whatever it made of it, gives "
                     "the finance team totals nobody can trust",
                     "keep the starter's parsing (the regular expression): it was never the "
                     "slow part, the profile says so")
        if not isinstance(got, str) or got == want:
            raise
        ctx.fail(f"{found}, {first_difference(got, want)}", meaning, nudge)


def check_bad_rows_refused(ctx):
    """A row the starter refuses with ValueError is refused with ValueError, not reported."""
    for row in BAD_ROWS:
        lines = [GOOD, row]
        try:
            ctx.call_sync("build_report", list(lines), which="broken", catch=False)
        except ValueError:
            pass
        else:  # the starter accepts it after all: nothing to hold a fix to
            continue
        try:
            got = ctx.call_sync("build_report", list(lines), catch=False)
        except ValueError:
            continue
        except Exception as error:
            ctx.fail(f"for the row {row!r}, build_report raised {type(error).__name__}: "
                     f"{short(str(error), 120)}",
                     "the starter raises ValueError for a row that is not an order; callers "
                     "that catch ValueError to reject a bad file miss any other exception",
                     "keep the starter's parsing: it was never the slow part")
        ctx.fail(f"for the row {row!r}, build_report returned a report of "
                 f"{len(str(got).splitlines())} lines instead of raising ValueError",
                 "the starter refuses a row that is not an order; a report that counts it "
                 "gives the finance team totals nobody can trust",
                 "keep the starter's parsing (the regular expression): it was never the "
                 "slow part, the profile says so")


def check_hot_spot_gone(ctx):
    """The profile shows no hot spot: a few Python function calls per order, not hundreds."""
    setting = SETTINGS[0]
    broken, _ = calls_per_added_order(ctx, setting, "broken")
    yours, top = calls_per_added_order(ctx, setting)
    ctx.record(calls_per_order_broken=round(broken, 1), calls_per_order_yours=round(yours, 1))
    ctx.note(f"Python function calls per added order, profiled with cProfile: starter "
             f"{broken:,.0f}, yours {yours:,.0f}")
    most = ", ".join(f"{name} {calls:,}" for name, calls in top)
    ctx.expect(yours <= MAX_CALLS_PER_ORDER,
               f"{SIZES[1]} orders made {yours * (SIZES[1] - SIZES[0]):,.0f} more calls of "
               f"Python functions than {SIZES[0]}: {yours:,.0f} per order; the most called: "
               f"{most}",
               "parsing, pricing and formatting an order take a handful of calls; hundreds per "
               "order means some line still does work per order that the report never uses",
               "profile it: cProfile sorted by cumulative time names the function, "
               "`%lprun -f build_report` names the line of yours that leads there")


def customer_name(number: int) -> str:
    """A customer's name in the export's format ([a-z]+), one per number."""
    letters = ""
    while True:
        number, digit = divmod(number, 26)
        letters += chr(ord("a") + digit)
        if not number:
            return letters


def lines_run(ctx, customers: int, which: str = "yours") -> int:
    """Python lines a report of CUSTOMER_ORDERS orders from ``customers`` customers runs."""
    lines = [f"{number},2024-03-{number % 28 + 1:02d},{customer_name(number % customers)},"
             f"ABC-{number % 1000:03d},{number % 12 + 1},{number % 900 + 100}.{number % 100:02d}"
             for number in range(CUSTOMER_ORDERS)]
    events = LineEvents()
    with logging_as(SETTINGS[0]), events:
        ctx.call_sync("build_report", lines, which=which)
    return events.lines


def check_work_per_customer(ctx):
    """The same orders from more customers run a few Python lines more per customer, not a pass over the orders each (Python lines only: a pass made inside built-ins, in C, is not counted)."""
    few, many = CUSTOMER_COUNTS
    lines = {which: [lines_run(ctx, count, which) for count in CUSTOMER_COUNTS]
             for which in ("broken", "yours")}
    per = {which: (b - a) / (many - few) for which, (a, b) in lines.items()}
    ctx.record(lines_per_added_customer=round(per["yours"], 1),
               lines_per_added_customer_broken=round(per["broken"], 1))
    ctx.expect(per["yours"] <= per["broken"] + MAX_LINES_PER_CUSTOMER,
               f"the same {CUSTOMER_ORDERS} orders ran {lines['yours'][0]:,} Python lines "
               f"from {few} customers and {lines['yours'][1]:,} from {many}: "
               f"{per['yours']:,.0f} more per added customer (the starter "
               f"{per['broken']:,.0f})",
               "some step goes through all the orders once per customer (a total summed by "
               "scanning every order for each name): the work grows with orders x customers, "
               "so a day with 20,000 orders from 10,000 customers runs 200 million steps",
               "add each order's gross to its customer's running total as the loop meets it "
               "(`totals[customer] = totals.get(customer, ZERO) + gross`, as the starter "
               "does), then walk the totals once")


def check_debug_log_kept(ctx):
    """At every logging level, the starter's debug records, and no formatting that is thrown away."""
    expect_import_leaves_logging_alone(ctx)
    lines = logged_lines()
    for setting in SETTINGS:
        want, wanted, _, _ = debug_records(ctx, "broken", setting, lines)
        got, messages, before, after = debug_records(ctx, "yours", setting, lines)
        ctx.expect(before == after,
                   f"{setting.said}, the logging configuration was changed by build_report",
                   "levels and handlers belong to the application: the operator who turns "
                   "DEBUG on to chase a wrong total must get what they asked for",
                   "leave the loggers' levels and handlers alone; ask the logger instead")
        ctx.expect(len(got) == len(want),
                   f"{setting.said}, build_report logged {len(got)} records for "
                   f"{len(lines)} orders; the starter logged {len(want)}",
                   ("the logger drops DEBUG here, so nothing may be logged"
                    if setting.drops_debug else
                    "the debug log is how someone finds out why a total is wrong: one record "
                    "per priced order, as long as the `reports` logger is enabled for DEBUG"),
                   "log each priced order at DEBUG on the `reports` logger, only when that "
                   "logger is enabled for DEBUG (`log.isEnabledFor(logging.DEBUG)`, not the "
                   "root's level, not INFO)")
        for number, (mine, theirs, text, wanted_text) in enumerate(
                zip(got, want, messages, wanted, strict=True), 1):
            missing = [value for value in values_in(wanted_text) if value not in text]
            address = ADDRESS.search(text)
            ctx.expect(address is None or ADDRESS.search(wanted_text) is not None,
                       f"{setting.said}, debug record {number} of {len(lines)} says "
                       f"{short(text, 200)}: it shows {address.group() if address else ''!r}, "
                       "an object's default repr with its memory address",
                       "logging formats its arguments with str() when a handler emits the "
                       "record; it never calls them: an object without a __str__ of its own "
                       "prints its default repr, with a memory address that differs run to run "
                       "(a lambda or a generator prints only that; a partial, its function's "
                       "address beside its arguments), not the text the starter logs",
                       "hand logging an object whose str() is the text you want, or build "
                       "the text only after asking the logger whether it logs DEBUG")
            ctx.expect(mine.funcName == theirs.funcName,
                       f"{setting.said}, debug record {number} of {len(lines)} was logged "
                       f"from `{mine.funcName}`; the starter's, from `{theirs.funcName}`",
                       "a record says where it was logged: a log format with %(funcName)s or "
                       "%(lineno)d, or a filter on the function, shows the helper that logged "
                       "it, and the helper's line, on every record, instead of the code that "
                       "priced the order",
                       "log in build_report itself, or have the helper's call to the logger "
                       "pass `stacklevel=2`, so the record names the helper's caller")
            ctx.expect(mine.levelno == theirs.levelno and not missing,
                       f"{setting.said}, debug record {number} of {len(lines)} says "
                       f"{short(text, 200)} at level {mine.levelname}"
                       + (f"; it lacks {', '.join(map(repr, missing[:4]))}" if missing else ""),
                       ("the starter's record names the order and its net, VAT and gross "
                        "amounts, read when a handler formats it (perhaps later, when a "
                        "MemoryHandler flushes): "
                        "without them, or showing another order, it cannot explain a total")
                       if missing else
                       (f"the starter logs each priced order at {theirs.levelname}, seen only "
                        "by someone who turns that level on: at "
                        f"{mine.levelname} a record per order fills every log that shows "
                        f"{mine.levelname}, production's included"
                        if mine.levelno > theirs.levelno else
                        f"the starter logs each priced order at {theirs.levelname}: at "
                        f"{mine.levelname}, below it, the record is dropped where the "
                        "starter's is shown"),
                       "log, at DEBUG, a new object per order holding the order and its "
                       "amounts, as the starter's dict does")
        if setting.drops_debug:
            skus = [line.split(",")[3] for line in lines]
            with logging_as(setting), texts_handed_to_debug() as handed:
                ctx.call_sync("build_report", list(lines))
            given = {*skus, *lines}  # handing over a value or a line as it came is no work
            built = [text for text in handed
                     if text not in given and any(sku in text for sku in skus)]
            ctx.expect(not built,
                       f"{setting.said}, the `reports` logger was handed {len(built)} "
                       f"texts already written out, for {len(lines)} orders, e.g. "
                       f"{short(built[0], 120) if built else ''}",
                       "the logger drops DEBUG records here, so every message built before "
                       "the call was work thrown away; building it in C (an f-string, %, "
                       "str()) hides it from a profile of Python calls, not from the clock",
                       "hand the logger the values and let it format them only when it keeps "
                       "the record, or ask it first whether it logs DEBUG")
        if setting.drops_debug and setting is not SETTINGS[0]:
            added, top = calls_per_added_order(ctx, setting)
            most = ", ".join(f"{name} {calls:,}" for name, calls in top)
            ctx.expect(added <= MAX_CALLS_PER_ORDER,
                       f"{setting.said}, each added order cost {added:,.0f} Python function "
                       f"calls; the most called: {most}",
                       "the `reports` logger drops DEBUG records here, yet the record's text "
                       "was still built for every order: the guard asks the wrong question "
                       "(another level, another logger than the one that logs, or only part "
                       "of what decides: its level, logging.disable, the logger switched off)",
                       "ask the logger that logs whether it is enabled for the level it logs "
                       "at: `log.isEnabledFor(logging.DEBUG)`")
    expect_every_order_logged(ctx)
    expect_no_amount_written_for_nothing(ctx, lines)
    expect_logged_before_bad_row(ctx)
    expect_logged_when_optimized(ctx, lines)


def records_logged(ctx, size: int) -> int:
    """Debug records of the `reports` logger, at DEBUG, for a report of ``size`` orders."""
    with logging_as(SETTINGS[1]) as kept:
        ctx.call_sync("build_report", order_lines(size, 7))
    return len([r for r in kept.records if r.name == LOGGER or r.name.startswith(LOGGER + ".")])


def expect_every_order_logged(ctx):
    """DEBUG on: one more debug record per added order, on a big report as on a small one."""
    small, large = RECORD_SIZES
    few, many = (records_logged(ctx, size) for size in RECORD_SIZES)
    ctx.record(records_per_added_order=round((many - few) / (large - small), 3))
    ctx.expect(many - few == large - small,
               f"with `reports` at DEBUG, build_report logged {few:,} debug records for "
               f"{small:,} orders and {many:,} for {large:,}: {many - few:,} for the "
               f"{large - small:,} added orders, where the starter logs one per priced order",
               ("orders past some count are priced and reported but never logged: a wrong "
                "total is often found on a big day, and the order that explains it may be one "
                "the log left out; how much to keep is the application's decision (its level, "
                "a filter, a rotating handler), not the report's"
                if many - few < large - small else
                "the debug log is one record per priced order: more records per order than "
                "the starter's fill the log the operator reads"),
               "log every priced order while the `reports` logger is enabled for DEBUG, with no "
               "counter or limit: what made the report slow was the message built when nothing "
               "is logged, not the records logged when someone asked for them")


DECIMAL = decimal.Decimal  # the class itself: decimal.Decimal is an Amount while a probe lasts
WRITTEN: list[DECIMAL] = []  # every amount written out as text, while a probe lasts


def _writing(name: str):
    """Decimal's ``name`` (str(), repr(), format()), noting the amount in WRITTEN."""
    write = getattr(DECIMAL, name)

    def method(self, *args, **kwargs):
        WRITTEN.append(self)  # kept: ids of amounts seen stay distinct
        return write(self, *args, **kwargs)
    return method


def _computing(name: str):
    """Decimal's ``name`` (an operation), its Decimal result noted as an Amount too."""
    compute = getattr(DECIMAL, name)

    def method(self, *args, **kwargs):
        result = compute(self, *args, **kwargs)
        return Amount(result) if type(result) is DECIMAL else result
    return method


class Amount(DECIMAL):
    """A Decimal that notes each time it is written out as text; what is computed from it
    (net, VAT, gross, a total) is an Amount too."""


for _name in ("__str__", "__repr__", "__format__", "to_eng_string"):
    setattr(Amount, _name, _writing(_name))
for _name in ("__add__", "__radd__", "__sub__", "__rsub__", "__mul__", "__rmul__",
              "__truediv__", "__rtruediv__", "__floordiv__", "__rfloordiv__", "__mod__",
              "__rmod__", "__neg__", "__pos__", "__abs__", "__round__", "quantize",
              "normalize", "copy_abs", "copy_negate", "copy_sign", "fma", "max", "min",
              "to_integral_value", "to_integral", "scaleb"):
    setattr(Amount, _name, _computing(_name))


@contextmanager
def amounts_noted(module):
    """The module's Decimal (whatever it is called there, and decimal.Decimal) made Amount:
    the amounts it parses note when they are written out as text."""
    names = [name for name, value in vars(module).items() if value is DECIMAL]
    WRITTEN.clear()
    for name in names:
        setattr(module, name, Amount)
    decimal.Decimal = Amount
    try:
        yield WRITTEN
    finally:
        decimal.Decimal = DECIMAL
        for name in names:
            setattr(module, name, DECIMAL)
        WRITTEN.clear()


def expect_no_amount_written_for_nothing(ctx, lines: list[str]):
    """DEBUG dropped: no amount is written out as text but the ones the report shows."""
    setting = SETTINGS[0]
    customers = len({line.split(",")[2] for line in lines})
    shown = len(lines) + customers  # each order's gross, each customer's total
    with logging_as(setting), amounts_noted(ctx.module("yours")) as written:
        ctx.call_sync("build_report", list(lines))
        distinct = len({id(amount) for amount in written})
        times = len(written)
    ctx.record(amounts_written_debug_off=distinct)
    ctx.expect(distinct - shown <= len(lines) // 2,
               f"{setting.said}, build_report wrote {distinct} different amounts out as text "
               f"(str(), repr() or format() of a Decimal; {times} times in all) for "
               f"{len(lines)} orders from {customers} customers; the report shows {shown}: "
               "each order's gross and each customer's total",
               "the logger drops DEBUG here, yet amounts were still written out as text for "
               "every order (a record's text built before asking), then thrown away: an "
               "f-string, str() or % runs in C, so a profile of Python calls does not show "
               "it, but the clock does (the order with its net, VAT and gross written out "
               "makes the report take about half as long again; each amount adds its share)",
               "write the text only once the logger has said it logs DEBUG (inside `if "
               "log.isEnabledFor(logging.DEBUG):`), or hand the logger the values and let it "
               "format them when it keeps the record")


def logged_before_bad_row(ctx, which: str, lines: list[str]) -> int:
    """Debug records logged, with DEBUG on, by a build_report that stops at a bad last row."""
    with logging_as(SETTINGS[1]) as kept, suppress(Exception):
        ctx.call_sync("build_report", list(lines), which=which, catch=False)
    return len([r for r in kept.records if r.name == LOGGER or r.name.startswith(LOGGER + ".")])


def expect_logged_before_bad_row(ctx):
    """A file whose last row is bad: the orders priced before it are logged, as the starter does."""
    lines = [*order_lines(5, 4, unique_skus=True), "not an order"]
    want = logged_before_bad_row(ctx, "broken", lines)
    got = logged_before_bad_row(ctx, "yours", lines)
    ctx.expect(got == want,
               f"with `reports` at DEBUG, a file of {len(lines) - 1} orders and then a bad row: "
               f"build_report logged {got} records before its ValueError; the starter logged {want}",
               "the debug log is read exactly when something went wrong: a bad file is such a "
               "time, and the orders priced before the bad row are the clues",
               "log each order as it is priced, in the loop that prices it, not in a second "
               "loop after the report is done")


def fresh(ctx, optimize: int = 0, said: str = "(the file, loaded again)"):
    """The learner's file executed afresh; with ``optimize=1`` as `python -O` compiles it
    (asserts and `if __debug__:` gone)."""
    path = ctx.paths["yours"]
    name = module_name(path)
    module = importlib.util.module_from_spec(importlib.util.spec_from_file_location(name, path))
    sys.modules[name] = module  # as load_file does: dataclasses and pickle look modules up
    with ctx.guarded(said, 10):
        exec(compile(path.read_bytes(), str(path), "exec", optimize=optimize, dont_inherit=True),
             module.__dict__)
    return module


def optimized(ctx):
    """The learner's file compiled as `python -O` compiles it."""
    return fresh(ctx, 1, "(the file, loaded as python -O loads it)")


# The logging module's process-wide switches (the HOWTO's "optimization" section): what every
# record of every library in the process carries (its thread, process, source line).
PROCESS_FLAGS = ("logThreads", "logProcesses", "logMultiprocessing", "logAsyncioTasks",
                 "_srcfile", "raiseExceptions")


def configuration() -> dict[str, object]:
    """What the application decides about the `reports` logger: levels, handlers (a
    NullHandler, which the logging HOWTO lets a library add, aside), propagation, switches."""
    reports, root = logging.getLogger(LOGGER), logging.getLogger()

    def handlers(logger, allowed=(Kept,)):
        return tuple(type(h).__name__ for h in logger.handlers if not isinstance(h, allowed))

    return {"the `reports` logger's level": logging.getLevelName(reports.level),
            "the `reports` logger's handlers": handlers(reports, (logging.NullHandler, Kept)),
            "the `reports` logger's propagate": reports.propagate,
            "the `reports` logger's disabled": reports.disabled,
            "the root logger's level": logging.getLevelName(root.level),
            "the root logger's handlers": handlers(root),
            "logging.lastResort": repr(logging.lastResort),
            "logging.disable": logging.getLevelName(logging.root.manager.disable),
            **switches()}


def switches() -> dict[str, object]:
    return {f"logging.{flag}": getattr(logging, flag, None) for flag in PROCESS_FLAGS}


SWITCHES_AT_START = switches()  # as the application had them, before your file was loaded



# What a switch turned off takes from every record of the process (its LogRecord attributes).
SWITCH_LOSSES = {"logThreads": "thread", "logProcesses": "process id",
                 "logMultiprocessing": "process name", "logAsyncioTasks": "asyncio task name",
                 "_srcfile": "source file and line"}


def import_harms(before: dict, after: dict, reports_level: int, root_handlers: list) -> list[str]:
    """What each change loading the file made does to the application, in words: one clause
    per kind of change, said only of the change that was made."""
    def changed(what):
        return before[what] != after[what]

    harms = []
    if changed("the `reports` logger's level"):
        if reports_level > logging.DEBUG:
            harms.append("a level set on `reports` at import wins over the DEBUG it would "
                         "inherit, so the operator who turns DEBUG on for the whole application "
                         "to chase a wrong total gets no order logged")
        else:
            harms.append(f"`reports`, set to {logging.getLevelName(reports_level)} at import, "
                         "logs DEBUG whatever level the application gives the root: at "
                         "WARNING, every debug record it logs still goes to the root's handlers "
                         "(one logging.basicConfig made prints it, since its handler has no "
                         "level of its own), and each is made in every application, read or not")
    if changed("the `reports` logger's handlers"):
        harms.append("a handler put on `reports` at import writes its records where the module "
                     "chose, whatever the application decides")
    if changed("the `reports` logger's propagate") and not after["the `reports` logger's propagate"]:
        harms.append("with `reports` not propagating, its records never reach the handlers the "
                     "application puts on the root")
    if changed("the `reports` logger's disabled") and after["the `reports` logger's disabled"]:
        harms.append("a disabled `reports` logs nothing, whatever level the application sets")
    if changed("the root logger's handlers") and root_handlers:
        harms.append("the application's own logging.basicConfig(...) then does nothing (without "
                     "force=True it returns at once when the root already has a handler): its "
                     "level, format and file are ignored")
        if all(isinstance(h, logging.NullHandler) for h in root_handlers):
            harms.append("a NullHandler on the root turns off logging's last resort, so every "
                         "other library's warnings and errors vanish from stderr in an "
                         "application that configured nothing")
    if changed(root_level := "the root logger's level"):
        harms.append(f"the root's level, set to {after[root_level]} at import, "
                     "holds for every library of the process until the application sets one "
                     "itself")
    if changed("logging.lastResort"):
        harms.append("logging.lastResort is what prints every library's warnings and errors in "
                     "an application that configured nothing: replaced at import, it is "
                     "replaced for all of them")
    if changed("logging.disable"):
        harms.append(f"logging.disable({after['logging.disable']}) at import drops records at "
                     "that level and below from every logger of the process, until the "
                     "application calls logging.disable again")
    flags = [flag for flag in PROCESS_FLAGS if changed(f"logging.{flag}")]
    if flags:
        lost = [SWITCH_LOSSES[flag] for flag in flags if flag in SWITCH_LOSSES
                and before[f"logging.{flag}"] and not after[f"logging.{flag}"]]
        harms.append(f"the logging module's switches ({', '.join(flags)}) are the process's, not "
                     "the module's: they hold for every record of every library"
                     + (f", so the application's log lines can no longer show their {', '.join(lost)}"
                        if lost else ""))
        if "raiseExceptions" in flags and not after["logging.raiseExceptions"]:
            harms.append("with raiseExceptions off, an error inside any library's logging is "
                         "no longer reported")
    return harms


def expect_import_leaves_logging_alone(ctx):
    """Loading the file leaves the logging configuration as the application set it."""
    with logging_as(SETTINGS[3]):  # the root at DEBUG, `reports` inheriting it
        logging.getLogger().handlers[:] = []  # as before basicConfig: so its call would show
        before = configuration() | SWITCHES_AT_START  # (your file may be loaded already)
        fresh(ctx)
        after = configuration()
        reports_level = logging.getLogger(LOGGER).level
        root_handlers = [h for h in logging.getLogger().handlers if not isinstance(h, Kept)]
    changed = [f"{what} {before[what]!r} → {after[what]!r}" for what in before
               if before[what] != after[what]]
    harms = import_harms(before, after, reports_level, root_handlers)
    ctx.expect(not changed,
               f"with the root logger at DEBUG and `reports` not set, loading your file "
               f"changed {'; '.join(changed)}",
               "the logging configuration is the application's to set, after it imports your "
               "module (logging.basicConfig(level=logging.DEBUG), dictConfig)"
               + (": " + "; and ".join(harms) if harms else ""),
               "leave the loggers' configuration alone in the module (the logging HOWTO lets "
               "a library add a NullHandler to its own logger, `reports`, no more); decide "
               "per call with `log.isEnabledFor(logging.DEBUG)`")


def expect_logged_when_optimized(ctx, lines: list[str]):
    """Under python -O (PYTHONOPTIMIZE), DEBUG on: the starter's records, one per order."""
    setting = SETTINGS[1]
    want, _, _, _ = debug_records(ctx, "broken", setting, lines)
    build_report = optimized(ctx).build_report
    with logging_as(setting) as kept, ctx.guarded("build_report", 5):
        build_report(list(lines))
    got = [r for r in kept.records if r.name == LOGGER or r.name.startswith(LOGGER + ".")]
    ctx.expect(len(got) == len(want),
               f"run as `python -O` runs it (PYTHONOPTIMIZE=1, as some containers and service "
               f"managers set), {setting.said}, build_report logged {len(got)} records for "
               f"{len(lines)} orders; the starter logged {len(want)}",
               "-O removes every assert and every `if __debug__:` block: __debug__ says "
               "whether Python runs optimised, not whether a logger logs DEBUG, so the "
               "operator chasing a wrong total in production gets nothing",
               "ask the `reports` logger itself whether it is enabled for DEBUG")


class Steps(logging.Handler):
    """At each mark (a debug record, or an order taken from the lines), how far memory rose
    (tracemalloc's peak) above where it is now since the last mark: what one order needed on
    the way, copies it made and dropped included."""

    def __init__(self):
        super().__init__(logging.DEBUG)
        self.rises: list[int] = []

    def emit(self, record):
        self.mark()

    def mark(self):
        now, peak = tracemalloc.get_traced_memory()
        self.rises.append(peak - now)
        tracemalloc.reset_peak()


class MarkedLines(list):
    """The orders, marking a step as the loop takes each one: with DEBUG off there is no
    record to mark it. A slice or copy() of it marks the same way, as does taking an order
    by its index; a copy made by list(), tuple() or unpacking marks them all at once (no
    steps)."""

    def __init__(self, lines: list[str], steps: Steps):
        super().__init__(lines)
        self.steps = steps

    def __iter__(self):
        for line in list.__iter__(self):
            self.steps.mark()
            yield line

    def __getitem__(self, index):
        if isinstance(index, slice):
            return MarkedLines(list.__getitem__(self, index), self.steps)
        self.steps.mark()
        return list.__getitem__(self, index)

    def copy(self):
        return self[:]


def step_per_order(ctx, which: str, size: int, debug: bool) -> int:
    """The median rise from one order's step to the next: `reports` at DEBUG (its records
    mark the steps), or at the default level (the loop's taking each order marks them)."""
    lines = order_lines(size, 6)
    steps = Steps()
    with logging_as(SETTINGS[1] if debug else SETTINGS[0]):
        if debug:
            logging.getLogger(LOGGER).addHandler(steps)  # logging_as puts the handlers back
        else:
            lines = MarkedLines(lines, steps)
        with memory.tracing():
            tracemalloc.reset_peak()
            ctx.call_sync("build_report", lines, which=which)
    between = sorted(steps.rises[1:])  # from one mark to the next: one order's step
    return between[len(between) // 2] if between else 0


def step_growth(ctx, which: str, debug: bool) -> tuple[int, int, float]:
    """(median step at the smaller size, at the larger, bytes it grew per added order)."""
    small, large = (step_per_order(ctx, which, size, debug) for size in STEP_SIZES)
    return small, large, (large - small) / (STEP_SIZES[1] - STEP_SIZES[0])


def check_report_not_copied(ctx):
    """Adding an order's line does not copy the report so far: each order's step stays flat."""
    for debug, setting, mark in ((True, "with `reports` at DEBUG", "debug record"),
                                 (False, SETTINGS[0].said, "order taken from the lines")):
        small, large, growth = step_growth(ctx, "yours", debug)
        if debug:
            ctx.record(step_bytes_per_order=large, step_growth_per_added_order=round(growth, 2))
        else:
            ctx.record(step_growth_per_added_order_debug_off=round(growth, 2))
        if growth <= MAX_STEP_GROWTH:
            continue
        # a Python whose += copies: the starter too
        starters = max(step_growth(ctx, "broken", debug)[2], 0.0)
        ctx.expect(growth - starters <= MAX_STEP_GROWTH,
                   f"{setting}, from one {mark} to the next, memory rose {small:,} bytes above "
                   f"where it settled (the median order) for {STEP_SIZES[0]} orders and "
                   f"{large:,} for {STEP_SIZES[1]}: each order's step grew {growth:,.0f} bytes "
                   f"per added order (the starter's {starters:,.0f}; one line of the report is "
                   "about 55 bytes)",
                   "each order makes a new copy of the whole report so far, a step that grows "
                   "with the report: the work grows with orders x report size, so once the "
                   "copies dominate, a day 10x busier is up to 100x slower (past some tens of "
                   "thousands of orders, slower "
                   "than the starter), and a profile of Python calls does not show it: one C "
                   "call per order",
                   "add each line without rebuilding the report: collect the lines in a list "
                   "and join them once at the end, or extend a local string with `+=`, as the "
                   "starter does (CPython then grows it in place), whatever the log level")


class Line(str):
    """An order's line a weak reference can point at: alive after the report means kept."""


def kept_per_order(ctx, which: str) -> tuple[float, float, int]:
    """(bytes still held (tracemalloc, after a collection), per order, once the first of three
    reports of new orders has returned, above what was held before it; once the third has,
    above what the second left; lines of the three reports still alive then). What a first
    call sets up for good (a compiled pattern, a logger) is set up by the checks before this
    one; the lines are made before tracing starts, so that their weak references are not
    counted."""
    reports = [[Line(line) for line in with_customers(  # each order from a new customer
        order_lines(KEPT_ORDERS, seed),
        map(customer_name, range(seed * KEPT_ORDERS, (seed + 1) * KEPT_ORDERS)))]
        for seed in (21, 22, 23)]
    alive = [weakref.ref(line) for lines in reports for line in lines]
    with memory.tracing():  # started here: garbage from before is not traced, so no collection
        held = [tracemalloc.get_traced_memory()[0]]
        while reports:
            ctx.call_sync("build_report", reports.pop(0), which=which)
            gc.collect()
            held.append(tracemalloc.get_traced_memory()[0])
    return ((held[1] - held[0]) / KEPT_ORDERS, (held[3] - held[2]) / KEPT_ORDERS,
            sum(ref() is not None for ref in alive))


def check_nothing_kept(ctx):
    """Once a report has returned, nothing keeps the lines it was given, and memory held does not grow report after report: a scheduler builds one every morning; two reports built at once, from two threads, each get their own orders."""
    expect_reports_apart(ctx)
    first, kept, alive = kept_per_order(ctx, "yours")
    ctx.record(bytes_kept_per_order=round(kept), bytes_kept_per_order_first_report=round(first),
               lines_alive_after_reports=alive)
    if max(first, kept) <= MAX_KEPT_PER_ORDER and not alive:
        return
    starters_first, starters, starters_alive = kept_per_order(ctx, "broken")
    starters_first, starters = max(starters_first, 0.0), max(starters, 0.0)
    ctx.expect(alive <= starters_alive,
               f"after three reports of {KEPT_ORDERS:,} new orders each had returned, "
               f"{alive:,} of the {3 * KEPT_ORDERS:,} lines they were given were still alive "
               f"(the starter's: {starters_alive})",
               "something outside the call keeps the lines it was given (a cache keyed on "
               "them, a module-level list): each report's orders are new, so nothing kept is "
               "ever asked for again, and it is held all the same (up to a cache's size limit; "
               "without one, a day's orders more every morning until the process is restarted)",
               "cache only what recurs (nothing here: each order is seen once); the slow line "
               "was the debug message built for a record that is never logged")
    for grown, starters_grown, since in (
            (first, starters_first, "just before it"),
            (kept, starters, "after the report before")):
        ctx.expect(grown - starters_grown <= MAX_KEPT_PER_ORDER,
                   f"after a report of {KEPT_ORDERS:,} new orders had returned, "
                   f"{grown * KEPT_ORDERS:,.0f} bytes more were still held than {since} "
                   f"({grown:,.0f} per order; the starter's {starters_grown:,.0f})",
                   "something keeps orders it has seen (a cache of parsed lines or of their "
                   "results, kept under a copy of each line, such as line.strip(), which weak "
                   "references to the lines do not see, or in a module-level list): each "
                   "report's orders are new, so it never answers from it, and it holds orders "
                   "nobody asks for again (up to its size limit; without one, a day's orders "
                   "more every morning until the process is restarted)",
                   "cache only what recurs (nothing here: each order is seen once); the slow "
                   "line was the debug message built for a record that is never logged")


def expect_reports_apart(ctx):
    """Two reports at once, the second built in another thread from the first's first, middle
    and last step in your file: each is the starter's for its own orders."""
    orders = (order_lines(40, 31), order_lines(30, 32))
    want = [ctx.call_sync("build_report", list(lines), which="broken") for lines in orders]
    build_report, path = ctx.function("build_report"), ctx.module("yours").__file__

    def first():
        return ctx.call_sync("build_report", list(orders[0]))

    def second():
        return build_report(list(orders[1]))

    steps = at_once.steps_of(first, path)
    for when, step in (("start", 1), ("middle", steps // 2), ("end", steps)):
        got = at_once.second_during(first, second, path, step)
        for which, mine, theirs, lines in zip(("first", "second"), got, want, orders, strict=True):
            if mine == theirs:
                continue
            ctx.fail(f"two reports built at once: the second, from another thread, began at "
                     f"the {when} of the first; the {which}, of {len(lines)} orders: "
                     + (first_difference(mine, theirs) if isinstance(mine, str) else
                        f"it raised {mine!r:.150}" if isinstance(mine, Exception) else
                        "it never returned"),
                     "a web service, a thread pool or a scheduler building two days at once "
                     "calls build_report from two threads: state kept at module level (a list "
                     "of rows emptied after each report, totals reset on each call) is shared "
                     "by both, so a report gets the other's rows or loses its own",
                     "keep everything a report builds in the call's own local variables")


def measure(ctx):
    """The starter and yours on one report, taking turns: shown, never judged (the profile decides)."""
    lines = order_lines(RACE_ORDERS, 5)
    with logging_as(SETTINGS[0]):
        slow, fast = timing.in_turns(lambda: ctx.call_sync("build_report", lines, which="broken"),
                                     lambda: ctx.call_sync("build_report", lines))
    ctx.report_race(slow, fast, f"One report of {RACE_ORDERS:,} orders: 3 runs each, taking turns")
