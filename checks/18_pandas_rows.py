"""Hidden checks for lesson 18: pandas row by row.

They decide on the Python work a call does, counted with sys.settrace, never on a stopwatch:
the lines run in the learner's file, and the Python functions entered in any module, pandas'
own included, must not grow with the rows. A loop in the file (for, a comprehension, a
function given to apply, map or np.vectorize) adds lines per row; iterrows and apply(axis=1)
also make pandas fill a Series for every row, which adds calls even when the function handed
over lives elsewhere, and so do a groupby given a function, .str methods on object or str
columns, and zip or to_dict over a str column. A builtin given to map, apply or np.vectorize
(dict.get) runs no Python line or function, but it is still called once per row from
compiled code: the values pandas' map_infer (through pandas.core.algorithms), np.vectorize,
np.frompyfunc's ufuncs, Python's own map() and filter() and itertools' starmap() and
filterfalse() hand to a callable, one at a time, are counted too, and so are the values
operator's itemgetter and attrgetter look up one at a time (itemgetter(*tiers)(a dict)
subscripts the dict once per order, as map(a_dict.get, tiers) calls it), in a call of their
own, with algorithms' lib, np.vectorize.__call__ and np.frompyfunc swapped, and counting
versions of those four iterators and two getters in the learner's module's globals (under any
name, and inside the builtins, itertools and operator modules as the module reaches them), for
its duration (a dict or a Series given to pandas' map counts nothing; nor does a hash per
order, which pandas' own isin, map and merge make too: the check does not count hashes).
Counted at 20 and 200 orders (the lines and calls once more with logging at DEBUG, the root
logger's level, so that a loop run only when DEBUG is enabled shows too), at 20 and 200
customers, so work per customer (a loop over groups, a dict built row by row) shows too, and at 3 and 103
distinct tiers (the 200 customers' month again, every other customer given a tier of its own),
so work per category (map or apply with a function on a category column) shows as well; and at
the same 200 orders by 100 customers with 3 orders each not invoiced (NaN), of a customer
missing from customers and of exactly 500 or 1,000 (and 8 customers without a tier), then 60 of
each (and 54), so that a loop over only those rows shows too (there the functions entered may
grow by 1 per such row: pandas' own paths differ by a fixed few with the data). The
figures are the same on an idle laptop and on a busy Binder. Work done in compiled code is seen
through the memory it holds: tracemalloc's peak during a call (NumPy's and pandas' arrays
included) at 300 and 3,000 orders, then at 300 and 3,000 customers, may grow by 600 bytes per
added order or customer at most, so a table with a cell for every pair of rows (orders x
customers, as ids[:, None] == known[None, :] makes) shows where no Python runs per row; and at
the same sizes the Python objects a call holds at once (sys.getallocatedblocks, looked at each
line of the file, each call it makes and each return, the garbage collector off) may grow by
0.25 per added order or customer at most, so a dict or list made from a column (dict(zip(...)),
to_dict(), tolist(): an int object per id, made in compiled code) shows too. Two dimensions
besides the rows: the size of the ids (300 orders by 300 customers, with their ids up to 10**7
and the same customers renumbered 1,000 to 1,300: the peak may differ by 1 MB at most, so a
table with a cell for every possible id, np.full(ids.max() + 1, ...), shows), and the columns
of customers (3,000 orders by 300 customers, then with 100 float64 columns more in customers:
the peak may grow by twice those columns' size at most, so a merge of the whole customers table,
which copies them onto every order, ten times, shows).

The starter is the oracle for the result, compared column by column as assert_frame_equal does
(columns, index, dtypes, values) but stricter on floats (discount, to_pay and share to a
relative 1e-9, where its default is 1e-5): on a month of orders; on orders with a repeating
labelled index and category tiers, whose frames must come back unchanged (compared with deep
copies taken before the call, and during it at every line of the file, every call it makes and
every return: columns, dtypes, axes' names, index and values), corrected in place by the
caller, priced afresh by a second call, and with the tiers as str and as object unchanged after
the call again (a fix may convert only tiers that are not category yet); on named awkward
months (customers missing from the customers table, customers without a tier, totals NaN,
infinite or on the thresholds, a customer whose sum is 0, a repeated order id, customer ids
above 2**53 (which a float64 rounds; with a str column in orders, which keeps the starter's
iterrows exact, so that its report is right there), a
DatetimeIndex (one with a freq, which the result's index must keep), columns in another order,
stale discount and share columns (replaced where they stand), a MultiIndex of two levels whose
labels repeat, no orders, no customers, tiers as
object, str and category with few or unused categories, tiers spelled "Gold" or "silver ", an
index named customer_id like the column in orders or in customers, a named columns axis, tiers
with a trailing NUL ("gold\x00", which NumPy's fixed-width strings read as "gold"), orders whose
attrs the result must keep (pd.concat of a new frame drops them)), and a customers table without
a tier column, where the starter raises KeyError and the fix must raise too; and
on months Hypothesis generates (indexes named like a column too); the frames of these awkward
and generated months must come back unchanged too (compared with deep copies after the call). A
month of 2,097,153 orders (2**21 + 1: past any chunk a fix might price it in, 10**6, 2**20 and
2**21 included, and past any size above which it might switch to float32) by four customers in turn, each with orders from the first rows to the last, is
compared with the contract's rules (whole_columns on one period of the month, which repeats,
and each customer's sum as a bincount; both checked against the starter on small months).

What a call leaves behind: a report returned for one month of 5,000 orders by 500 customers
must read the same after the next month is priced (columns that are views of buffers the file
keeps and writes again change), and once a third month's frames and report are dropped, the
memory still held (tracemalloc, after a collection) may be 32 KiB at most, where whole-column fixes
hold about 2 KiB (a global holding the last frames and report holds some 260 KiB, a memo of
results keyed on the inputs 200 KiB); the frames and the report are looked at with weakrefs to name which
are kept. What the file leaves behind, imported and called, is compared with what this module
found when it loaded, before the runner imported the file: no thread started since then may still run
after the calls (a pool made at import keeps its workers); pandas' options must be as found;
the file imported once more here (the runner's import ran in a context of its own, and NumPy's
error state is a context variable), from NumPy's error handling as found and a warnings filter
list of the check's own, must change neither (np.seterr or a filterwarnings at the top of the
file); NumPy's error handling and the caller's warnings must be left as found by the calls
(coursekit.numpy_state), the process's warnings filters unchanged even during the call, since
other threads share them (warnings.catch_warnings swaps them: coursekit.warnings_filters looks,
with sys.settrace, at each line of the file, each call it makes and each return), and the month
with a sum of 0 must emit no warning the starter does not, of any category (NumPy's
RuntimeWarning of a 0/0; pandas' DeprecationWarning or FutureWarning of a keyword it will
remove, merge(copy=False)), both called with NumPy's default error handling and every warning
shown.
"""

import builtins
import contextlib
import functools
import gc
import itertools
import logging
import operator
import sys
import threading
import tracemalloc
import types
import warnings
import weakref
from collections import Counter
from dataclasses import dataclass

import numpy as np
import pandas as pd
import pandas.core.algorithms as algorithms
from hypothesis import strategies as st

from coursekit import memory
from coursekit.errors import CheckFailed
from coursekit.line_events import LookedAtEachLine
from coursekit.numpy_state import caller_still_warned, changed_since, described, kept_under_caller
from coursekit.oracle import agree
from coursekit.python_work import PythonWork, spelled
from coursekit.shop_orders import month_of_orders
from coursekit.warnings_filters import FiltersSeen

TITLE = "pandas row by row"
MINUTES = 35
SUMMARY = ("`iterrows`, `apply(axis=1)` and a lookup per row → `merge`, `np.select` and "
           "`groupby().transform` on whole columns")
REQUIRES = {"price_orders": "sync"}
HINTS = [
    "Each trip round the loop asks pandas three things: build this row, find this customer, "
    "sum this customer's orders. Ask each question once, for all orders at the same time. "
    "`apply(axis=1)`, `itertuples()`, `np.vectorize` or a comprehension still ask once per row.",
    "Three whole-column tools: `orders[[\"customer_id\"]].reset_index(drop=True)"
    ".merge(customers[[\"customer_id\", \"tier\"]].reset_index(drop=True), on=\"customer_id\", "
    "how=\"left\")` gives every order its customer's tier (NaN when there is none; the reset "
    "indexes, because either frame's own may be named customer_id too, which makes `on=` "
    "ambiguous); "
    "`np.select([cond1, cond2, ...], [value1, value2, ...], default=...)` applies if/elif "
    "rules to whole arrays; `orders[\"total\"].groupby(orders[\"customer_id\"]).transform(\"sum\")` "
    "puts each customer's sum on every one of their orders (grouped by "
    "the column itself: orders' index may be named customer_id too).",
    "merge numbers its result 0, 1, 2...: use it to compute the tiers (or `Series.map` with a "
    "Series indexed by customer_id), then add the columns to orders itself with "
    "`orders.assign(discount=..., to_pay=..., share=...)`, which keeps orders' index and "
    "order and leaves orders unchanged. The rules: `np.select([tier == \"gold\", tier == "
    "\"silver\", total >= 1000], [np.where(total >= 500, 0.15, 0.10), 0.05, 0.02], "
    "default=0.0)`; `share = total / spent`.",
]
NEW = ["discount", "to_pay", "share"]
ORDERS_SIZES = ((20, 10), (200, 10))  # (orders, customers): rows grow, customers stay
CUSTOMERS_SIZES = ((200, 20), (200, 200))  # customers grow (each with an order), orders stay
TIERS = 100  # customers of CUSTOMERS_SIZES' larger month given a tier of their own ("partner 17")
PER_ADDED_ROW = 0.25  # lines or calls one more row (or tier) may add: a per-row loop adds 1 or more
CAP = 250_000  # calls counted at most per traced call (the starter makes 185,000 for 200 orders)
RTOL, ATOL = 1e-9, 1e-12
# (orders, customers): orders grow tenfold, then customers. Whole-column fixes hold 15 to 105
# bytes more per added order or customer; an orders x customers bool table 3,000 per customer
# (9 MB at the largest; an int64 one 72 MB)
MEMORY_SIZES = ((300, 300), (3_000, 300), (3_000, 3_000))
BYTES_PER_ADDED_ROW = 600
# Python objects alive at once (sys.getallocatedblocks) one more order or customer may add at
# those sizes: whole-column fixes add 0.00 to 0.01; a dict or list made from a column, 1.00
OBJECTS_PER_ADDED_ROW = 0.25
MEASURED = 100  # orders in the race: the starter's searches make it quadratic
# Orders in one month: past any chunk a fix might price a month in (50,000, 2**17, 2**18, 10**6,
# 2**20, 2 * 10**6, 2**21), and past a size above which a fix might switch to float32
BIG = 2**21 + 1
# The big month's customers in turn: gold, silver, standard, and one missing from customers.
BIG_IDS = np.array([2**40 + 7, 31, 10**12, 5_000], dtype="int64")
BIG_PERIOD = 140  # rows after which the big month repeats: 4 customers, 5 totals, a NaN every 7th
BUDGET = 15.0  # seconds for a traced or timed call of a whole month: a starved Binder session is slow


# --- comparing a result with the starter's ------------------------------------------------------

@dataclass(frozen=True)
class Difference:
    kind: str  # what differs: raised, type, columns, rows, order, index, dtype, values
    text: str
    column: str = ""


def describe_row(orders: pd.DataFrame, customers: pd.DataFrame, position: int) -> str:
    """One order as the learner can find it: position, label, id, customer, tier, total."""
    order = orders.iloc[position]
    tiers = customers.drop_duplicates("customer_id").set_index("customer_id")["tier"]
    customer = int(order["customer_id"])
    tier = repr(tiers[customer]) if customer in tiers.index else "not in customers"
    tier = "missing (NaN)" if tier == "nan" else tier
    return (f"row {position} (index label {orders.index[position]!r}): order "
            f"{int(order['order_id'])}, customer {customer} (tier {tier}), total "
            f"{float(order['total'])!r}")


def difference(want: pd.DataFrame, got, orders: pd.DataFrame, customers: pd.DataFrame,
               theirs: str = "the starter's") -> Difference | None:
    """How ``got`` differs from ``want`` (``theirs``: whose it is, in the text), first difference
    first; None if it doesn't."""
    if isinstance(got, str):
        return Difference("raised", f"price_orders {got}")
    if isinstance(got, Difference):  # the call changed a frame passed in (inputs_changed)
        return got
    if not isinstance(got, pd.DataFrame):
        return Difference("type", f"price_orders returned {type(got).__name__}: {got!r:.80}")
    if list(got.columns) != list(want.columns):
        return Difference("columns", f"its columns are {list(got.columns)}; {theirs} are "
                                     f"{list(want.columns)}")
    if got.columns.name != want.columns.name:
        return Difference("columns-name", f"its columns axis is named {got.columns.name!r}; "
                                          f"orders' is named {want.columns.name!r}")
    if got.attrs != want.attrs:
        return Difference("attrs", f"its attrs are {got.attrs!r}; orders' attrs are "
                                   f"{want.attrs!r}")
    if len(got) != len(want):
        return Difference("rows", f"it has {len(got):,} rows for {len(orders):,} orders")
    if (not np.array_equal(got["order_id"].to_numpy(), want["order_id"].to_numpy())
            and got["order_id"].tolist() != want["order_id"].tolist()):  # numpy first: a big month
        same = sorted(got["order_id"].tolist()) == sorted(want["order_id"].tolist())
        return Difference("order" if same else "rows",
                          f"its order_id column reads {got['order_id'].tolist()[:8]}"
                          f"{'...' if len(got) > 8 else ''}; orders lists "
                          f"{want['order_id'].tolist()[:8]}{'...' if len(got) > 8 else ''}")
    try:
        pd.testing.assert_index_equal(got.index, want.index, exact="equiv")
    except AssertionError:
        return Difference("index", f"its index is {short_index(got.index)}; orders' index is "
                                   f"{short_index(want.index)}")
    if getattr(got.index, "freq", None) != getattr(want.index, "freq", None):
        return Difference("freq", f"its index has the labels of orders' index but freq "
                                  f"{getattr(got.index, 'freq', None)!r}; orders' index has freq "
                                  f"{getattr(want.index, 'freq', None)!r}")
    for column in want.columns:
        if got[column].dtype != want[column].dtype:
            return Difference("dtype", f"its column {column!r} has dtype {got[column].dtype}; "
                                       f"{theirs} {want[column].dtype}", column)
    for column in want.columns:
        mine, right = got[column].to_numpy(), want[column].to_numpy()
        if column in NEW:
            wrong = ~np.isclose(mine, right, rtol=RTOL, atol=ATOL, equal_nan=True)
        elif got[column].equals(want[column]):
            continue
        else:
            wrong = ~(pd.isna(mine) & pd.isna(right)) & (mine != right)
        if wrong.any():
            at = int(np.flatnonzero(wrong)[0])
            beyond = " (beyond a relative 1e-9)" if column in NEW else ""
            return Difference("values", f"{int(wrong.sum()):,} of {len(want):,} values of "
                                        f"{column!r} differ{beyond}; the first, "
                                        f"{describe_row(orders, customers, at)}: "
                                        f"yours {shown(mine[at])}, {theirs} {shown(right[at])}",
                              column)
    return None


def shown(value) -> str:
    """A value as Python writes it: 0.15, not np.float64(0.15)."""
    return repr(value.item() if isinstance(value, np.generic) else value)


def short_index(index: pd.Index) -> str:
    labels = index[:6].tolist()
    more = "..." if len(index) > 6 else ""
    name = f", named {index.name!r}" if index.name is not None else ""
    return f"{type(index).__name__} {labels}{more} (dtype {index.dtype}{name})"


UNCHANGED_NUDGE = ("work on new frames and columns (assign, merge and arithmetic make new ones; "
                   "customers[\"tier\"].astype(\"category\") is a new Series, to keep in a name "
                   "of your own); no column assignment on, and no inplace=True for, the frames "
                   "you were given")
MEANINGS = {
    "changed": ("orders and customers belong to the caller, who reads them again after the "
                "report (another report, a plot, the next month): they must come back as they "
                "were", UNCHANGED_NUDGE),
    "changed-category": ("orders and customers belong to the caller, who reads them again after "
                         "the report (another report, a plot, the next month): they must come "
                         "back as they were. A column made category in the caller's frame "
                         "accepts only its own categories from then on: the caller's next "
                         "ordinary write of a new value (customers.loc[0, \"tier\"] = "
                         "\"platinum\") raises TypeError", UNCHANGED_NUDGE),
    "raised": ("the starter prices every month it is given, untidy ones included: a report "
               "that raises on one month prices none of it",
               "run your function on these frames and see which step raises: a category "
               "column accepts only its own categories (fillna, replace or where with a value "
               "outside them raises TypeError; map with a dict returns a new column instead), `.loc[ids]` raises on an id the index does not have, and a name that is "
               "both a column's and the index's is ambiguous to groupby and merge (group by the "
               "column itself, orders[\"customer_id\"], or merge a frame with a fresh index), "
               "and reset_index(names=\"x\") names one level only, so it raises on a "
               "MultiIndex (keep orders' index aside and give it back, result.index = "
               "orders.index, or add the columns to orders itself with assign)"),
    "type": ("the caller reads the report as a DataFrame", "return the priced DataFrame"),
    "columns": ("the caller reads orders' own columns and the three new ones, in that order: "
                "a column left over from a join (the customer's tier or name) or a missing "
                "one breaks what reads the report",
                "keep orders' columns as they are, add discount, to_pay and share at the "
                "end, and leave out what you joined in to compute them"),
    "columns-name": ("the result keeps orders' columns as they are, their axis's name included "
                     "(pivot, unstack and rename_axis set one, and assert_frame_equal compares "
                     "it): a frame rebuilt by merge or concat keeps that name only when every frame "
                     "joined in has it",
                     "add the new columns to a frame that is orders' own (a copy or "
                     "orders.assign(...)), or give the result orders' columns.name back"),
    "attrs": ("the result keeps orders' metadata as well: DataFrame.attrs (the month, the "
              "currency, the file it came from; read_parquet fills it from the file's own) "
              "comes along with orders.copy() and orders.assign(...), but pd.concat keeps it "
              "only when every frame joined has the same attrs, and a frame built from columns "
              "has none: code that labels, routes or files reports by it then mislabels them, "
              "with no error",
              "add the new columns to a frame that is orders' own (orders.assign(...) or a "
              "copy), rather than gluing a new frame of them onto orders"),
    "rows": ("every order is priced exactly once, also the orders of customers missing from "
             "the customers table (they get the rule for customers without a tier): a join "
             "that keeps only matches drops them",
             "join so that every order is kept once, whether or not its customer is found "
             "(a left join), and don't drop repeated order ids"),
    "order": ("the report lists the orders as orders lists them: a sort (merge(sort=True), "
              "sort_values, a loop over groupby) reorders them",
              "compute each column in orders' row order, or put that order back"),
    "index": ("the result keeps orders' index, so the caller can line the report up with "
              "orders; merge numbers its result 0, 1, 2... whatever orders' index was",
              "give the result orders' own index back, or compute the columns in a way that "
              "keeps it (a lookup Series indexed by customer_id with Series.map, or "
              "orders.assign)"),
    "freq": ("the result keeps orders' index itself, not only its labels: a DatetimeIndex's "
             "freq (pd.date_range sets it) is what the index's own shift reads (without it, "
             "index.shift raises NullFrequencyError), and assert_frame_equal compares it; an "
             "index rebuilt from its values (set_index, "
             "pd.DatetimeIndex(values), a round trip through reset_index) has none",
             "keep orders' own index object: add the columns to orders (orders.assign(...) or "
             "a copy), or give the result orders.index itself"),
    "dtype": ("discount, to_pay and share are float64 columns, and orders' own columns keep "
              "their dtypes: another dtype changes how the caller's sums, comparisons and "
              "exports behave",
              "build the new columns from float arithmetic and leave orders' columns as "
              "they are"),
}
VALUES = {
    "discount": ("discount follows the tier rules: gold 0.15 from 500 up, else 0.10; silver "
                 "0.05; anyone else (another tier, no tier, a customer missing from customers) "
                 "0.02 from 1000 up, else 0.0. A NaN total is not >= anything, so a gold order "
                 "not invoiced yet gets 0.10",
                 "check that row against the rules: >= includes the threshold itself (and an "
                 "infinite total is >= both), and a "
                 "test written the other way round (total < 500) is False for NaN where "
                 "total >= 500 is False too"),
    "to_pay": ("to_pay is total * (1 - discount), NaN where the total is NaN",
               "compute it from the total and the discount of the same row"),
    "share": ("share divides the order's total by everything its customer spent in these "
              "orders, NaN totals skipped, and is NaN where that sum is 0",
              "sum each customer's totals over all of orders the way pandas sums (NaN "
              "skipped; Python's built-in sum gives NaN), and line each sum up with that "
              "customer's own orders"),
}


NUL_TIER = ("the rules compare tiers exactly, and this one ends in a NUL character ('\\x00', as a "
            "fixed-width export pads it), which makes it another tier (0.02 from 1000 up, else "
            "0.0): NumPy's fixed-width strings (np.asarray(tiers, dtype=str), dtype '<U...') "
            "drop trailing NULs, so there 'gold\\x00' == 'gold' and the order gets gold's (or "
            "silver's) price",
            "compare the pandas column itself (tier == \"gold\", tier.eq(\"gold\"), isin), which "
            "compares every character, rather than a NumPy array of str made from it")


def verdict(found: Difference) -> tuple[str, str]:
    if found.kind == "values" and found.column == "discount" and "\\x00" in found.text:
        return NUL_TIER
    if found.kind == "values":
        return VALUES.get(found.column, (
            "orders' own columns come back as they were: the report adds columns, it does "
            "not change the order's data", "leave orders' own columns unchanged"))
    return MEANINGS[found.kind]


def starter(ctx, *frames, **options):
    """The starter's report (its errors are the check's). Its RuntimeWarnings (a share divided
    by a NaN spend) are its own, not shown under the learner's verdict: warned() compares both
    files' warnings where they matter."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        return ctx.call_sync("price_orders", *frames, which="broken", **options)


def outcome(ctx, orders: pd.DataFrame, customers: pd.DataFrame, which: str = "yours",
            timeout: float = 5.0):
    """price_orders' result, or what it raised, as text (the starter's errors are the check's)."""
    if which == "broken":
        return starter(ctx, orders, customers)
    try:
        return ctx.call_sync("price_orders", orders, customers, catch=False, timeout=timeout)
    except Exception as error:  # the learner's exception is the finding
        return f"raised {type(error).__name__}: {error}"


def inputs_changed(given: tuple, kept: tuple) -> Difference | None:
    """How the (orders, customers) passed to a call differ afterwards from deep copies ``kept``
    taken before it, or None: columns, dtypes, axes' names, index and values."""
    for name, now, before in zip(("orders", "customers"), given, kept, strict=True):
        if (layout(now) != layout(before) or now.index.dtype != before.index.dtype
                or not now.equals(before)):
            observed, _ = change_seen(now, before)
            made_category = [column for column in now.columns
                             if isinstance(now[column].dtype, pd.CategoricalDtype)
                             and column in before.columns
                             and not isinstance(before[column].dtype, pd.CategoricalDtype)]
            return Difference("changed-category" if made_category else "changed",
                              f"after the call, the {name} frame passed in had {observed}")
    return None


def priced(ctx, frames: tuple):
    """outcome() of yours on ``frames``, or the change it made to one of them (a Difference)."""
    kept = tuple(frame.copy(deep=True) for frame in frames)
    got = outcome(ctx, *frames)
    return inputs_changed(frames, kept) or got


def compare(ctx, frames, what: str, crash: bool = False, inputs: bool = True) -> None:
    """Fail unless yours prices ``frames()`` (fresh (orders, customers) each call) as the starter
    does and, with ``inputs``, leaves the frames it is given as they were; with ``crash``, an
    exception of yours is a broken file, not a wrong answer."""
    orders, customers = frames()
    want = outcome(ctx, *frames(), which="broken")
    if crash:
        got = ctx.call_sync("price_orders", *frames())
    else:
        got = priced(ctx, frames()) if inputs else outcome(ctx, *frames())
    found = difference(want, got, orders, customers)
    if found:
        ctx.fail(f"on {what}: {found.text}", *verdict(found))


# --- the checks ---------------------------------------------------------------------------------

def check_result(ctx):
    """On a month of orders the report is the starter's: orders' columns, index and rows, then discount, to_pay, share."""
    compare(ctx, lambda: month_of_orders(60, 15, seed=3), "a month of 60 orders by 15 customers",
            crash=True)  # the frames passed in: check_inputs_unchanged


def tidy_frames() -> tuple[pd.DataFrame, pd.DataFrame]:
    """Orders with a string column, a labelled index and a named columns axis; customers
    indexed by name with customer_id last and category tiers: much to disturb."""
    orders, customers = month_of_orders(40, 12, seed=4)
    orders.index = pd.Index([f"#{n % 30}" for n in range(len(orders))], name="ref")
    orders["note"] = pd.Series(["gift" if n % 7 == 0 else "" for n in range(len(orders))],
                               index=orders.index, dtype="str")
    orders = orders.rename_axis(columns="field")  # as pivot or rename_axis leave it
    customers = customers.assign(tier=customers["tier"].astype("category"))
    # Customers looked up by name (a labelled index) and customer_id not the first column.
    customers = customers.set_index(customers["name"].rename("who"))[["name", "tier", "customer_id"]]
    return orders, customers


def layout(frame: pd.DataFrame) -> tuple:
    """What a frame's readers see first: its columns, their dtypes, its shape and its axes' names."""
    return (tuple(frame.columns), tuple(map(str, frame.dtypes)), frame.shape,
            tuple(frame.index.names), frame.columns.name)


class FramesSeen(LookedAtEachLine):
    """The caller's frames as they were when made (deep copies), and the first change to one of
    them seen while the call runs, looked at on each line of the learner's file
    (LookedAtEachLine.watching): a column added to the caller's frame and deleted again, an index
    swapped or a value changed and put back before returning show here (DataFrame.equals
    compares the index and every value, NaN equal to NaN: some 0.1 ms a look for these frames)."""

    def __init__(self, **frames: pd.DataFrame):
        self.frames = frames
        self.before = {name: frame.copy(deep=True) for name, frame in frames.items()}
        self.changed: tuple[str, pd.DataFrame] | None = None  # (name, a copy of it then)

    def look(self) -> None:
        if self.changed is None:
            for name, frame in self.frames.items():
                before = self.before[name]
                if layout(frame) != layout(before) or not frame.equals(before):
                    self.changed = name, frame.copy(deep=True)
                    return


def change_seen(now: pd.DataFrame, before: pd.DataFrame) -> tuple[str, str]:
    """The first way ``now`` differs from ``before``, as text, and what a reader saw in it."""
    (columns, dtypes, shape, names, axis), was = layout(now), layout(before)
    if columns != was[0]:
        return f"columns {list(columns)} instead of {list(was[0])}", "columns it never had"
    if dtypes != was[1]:
        at = next(n for n, (mine, right) in enumerate(zip(dtypes, was[1], strict=True))
                  if mine != right)
        return (f"column {columns[at]!r} of dtype {dtypes[at]} instead of {was[1][at]}",
                "dtypes it never had")
    if shape != was[2]:
        return f"shape {shape} instead of {was[2]}", "rows it never had"
    if axis != was[4]:
        return (f"a columns axis named {axis!r} instead of {was[4]!r}",
                "a columns axis it never named")
    if (names != was[3] or now.index.dtype != before.index.dtype
            or not now.index.equals(before.index)):
        return (f"the index {short_index(now.index)} instead of {short_index(before.index)}",
                "an index it never had")
    for position, column in enumerate(before.columns):
        mine = now.iloc[:, position].to_numpy()
        right = before.iloc[:, position].to_numpy()
        wrong = ~(pd.isna(mine) & pd.isna(right)) & (mine != right)
        if wrong.any():
            at = int(np.flatnonzero(wrong)[0])
            return (f"other values in column {column!r}: {int(wrong.sum()):,} of {len(now):,}, "
                    f"the first in row {at} (index label {now.index[at]!r}): {shown(mine[at])} "
                    f"instead of {shown(right[at])}", "values it never had")
    return "other contents (DataFrame.equals told them apart)", "contents it never had"


def check_inputs_unchanged(ctx):
    """With labelled indexes, a named columns axis and tiers as category, str or object: the starter's report, the inputs unchanged, during the call too, a second call afresh."""
    orders, customers = tidy_frames()
    kept = orders.copy(deep=True), customers.copy(deep=True)
    seen = FramesSeen(orders=orders, customers=customers)
    with seen.watching(ctx.module("yours").__file__):
        result = outcome(ctx, orders, customers)
    ctx.expect(result is not orders,
               "price_orders returned the orders DataFrame it was given, with the new columns "
               "added to it",
               "the caller's orders frame has changed under it: its next report, or any code "
               "still reading orders, sees columns it never asked for",
               "return a new DataFrame (orders.assign(...) makes one, leaving orders as it was)")
    for name, frame, before in (("orders", orders, kept[0]), ("customers", customers, kept[1])):
        try:
            pd.testing.assert_frame_equal(frame, before, check_exact=True)
        except AssertionError as error:
            changed = (f"columns {list(before.columns)} became {list(frame.columns)}"
                       if list(frame.columns) != list(before.columns)
                       else " ".join(str(error).split())[:240])
            ctx.fail(f"after the call, the {name} frame passed in had changed: {changed}",
                     f"{name} belongs to the caller, who reads it again after the report "
                     "(another report, a plot, the next month): it must come back as it was",
                     "work on new frames and columns (assign, merge and arithmetic make new "
                     "ones); no column assignment on, and no inplace=True for, the frames you "
                     "were given")
    if seen.changed:
        name, now = seen.changed
        observed, saw = change_seen(now, seen.before[name])
        ctx.fail(f"while price_orders ran, the {name} frame passed in had {observed} (put back "
                 "before it returned)",
                 f"{name} belongs to the caller, and code that shares it reads it while the "
                 f"report runs (another thread of a web app, a dashboard refreshing): it sees "
                 f"{saw}, and two reports at once change it under each other"
                 + ("" if saw.startswith("columns") else
                    " (one can save the other's change as the original and put that back, "
                    "leaving it changed for good)"),
                 "work on new frames and columns (assign, merge and arithmetic make new ones; "
                 "orders[\"total\"].fillna(0) or customers.set_index(\"customer_id\")[\"tier\"] "
                 "is a new Series, to keep in a name of your own), not on the frames you were "
                 "given, even for a moment")
    found = difference(starter(ctx, *kept), result, *kept)
    if found:
        ctx.fail("on orders with a labelled index whose labels repeat ('#0', '#1', ...), a note "
                 "column and a columns axis named 'field', and customers indexed by name with "
                 f"customer_id last and tiers as a category column: {found.text}",
                 *verdict(found))

    # The caller corrects its own frames in place, then asks for the report again.
    customers.iloc[0, customers.columns.get_loc("tier")] = "silver"
    orders.iloc[1, orders.columns.get_loc("total")] = 1234.5
    want = starter(ctx, orders.copy(deep=True), customers.copy(deep=True))
    found = difference(want, outcome(ctx, orders, customers), orders, customers)
    if found:
        ctx.fail("on the same orders and customers frames again, after the caller changed a "
                 f"customer's tier and an order's total in them: {found.text}",
                 "a report must describe the frames as they are when it is asked for: a result "
                 "or a lookup kept from an earlier call (keyed on the frame's id, say) describes "
                 "data that no longer exists",
                 "compute everything from the frames passed in, on every call")

    # The same frames with the tiers as read from a CSV (str) or built by hand (object): a fix
    # may change the caller's frame only when it is not as the fix wants it (made category).
    orders, customers = tidy_frames()
    for dtype in ("str", "object"):
        got = priced(ctx, (orders.copy(deep=True),
                           customers.assign(tier=customers["tier"].astype(dtype))))
        if isinstance(got, Difference):
            ctx.fail(f"on the same orders and customers, with customers' tier as {dtype} "
                     f"instead of category: {got.text}", *verdict(got))


def traced(ctx, orders: pd.DataFrame, customers: pd.DataFrame, cap: int | None = None):
    """The Python work of one call of yours: lines of your file, calls entered anywhere."""
    with PythonWork(ctx.module("yours").__file__, cap=cap) as work:
        ctx.call_sync("price_orders", orders, customers, timeout=BUDGET)
    return work


ITERATORS = {  # the iterators that call a function per value from C: (the real one, its spelling)
    "map": (map, "map"), "filter": (filter, "filter"),
    "starmap": (itertools.starmap, "itertools.starmap"),
    "filterfalse": (itertools.filterfalse, "itertools.filterfalse"),
}
GETTERS = {  # operator's getters: itemgetter(*column)(a dict) subscripts the dict once per value
    "itemgetter": (operator.itemgetter, "operator.itemgetter"),
    "attrgetter": (operator.attrgetter, "operator.attrgetter"),
}


class HandedOne:
    """The values handed one at a time to a callable given to map, apply or np.vectorize.

    Series.map, Series.apply, Index.map and DataFrame.map with a function run pandas'
    algorithms.map_array, which calls the function once per value from compiled code
    (lib.map_infer), np.vectorize and np.frompyfunc's ufuncs do the same from NumPy's, and
    Python's own map() and filter() and itertools' starmap() and filterfalse() from the
    interpreter's: a builtin such as dict.get enters no Python function, so PythonWork sees
    nothing per row. While active, algorithms' `lib` is one whose map_infer and map_infer_mask
    count the values first, np.vectorize.__call__ counts the elements of its largest argument,
    np.frompyfunc makes ufuncs that count each call, and in the learner's module every global
    that is one of those four iterators (the builtin names map and filter included, when the
    module does not bind them itself; `from builtins import map`, `from itertools import
    starmap as s`) is a subclass of it that counts each call of the function it is given
    (filter(None, ...) calls none), and every global that is the builtins or itertools module
    (`builtins.map(...)`, `import itertools as it`) a copy of the module holding those
    subclasses. operator's itemgetter and attrgetter (not subclassable) are swapped the same
    way, for functions that make a real getter and count, at each call of it, one value per item
    it was made with: `itemgetter(*tiers)(codes)` subscripts the dict once per order in C, as
    map(codes.get, tiers) calls it once per order. Only the module's globals are swapped, not
    the builtins for the whole process: pandas' own map() calls and other threads are left
    alone. A dict or a Series given to pandas' map takes another path (a lookup on whole
    columns) and counts nothing.
    """

    def __init__(self, module: types.ModuleType | None = None):
        self.values = 0
        self.by_callable: Counter = Counter()
        self._lib = self._vectorize = self._frompyfunc = None
        self._module = module
        self._shadowed: list[tuple[str, object]] = []  # (name, what it was): to put back

    def _counting(self, name: str):
        real = getattr(self._lib, name)

        def counted(values, function, *args, **kwargs):
            self.values += len(values)
            given = function
            while isinstance(given, functools.partial):  # Series.map wraps what it is given
                given = given.func
            self.by_callable[getattr(given, "__qualname__", type(given).__name__)] += len(values)
            return real(values, function, *args, **kwargs)
        return counted

    def _each(self, label: str, function):
        """``function``, counting each call under ``label``."""
        def each(*values, **kwargs):
            self.values += 1
            self.by_callable[label] += 1
            return function(*values, **kwargs)
        return each

    def _builtin(self, real: type, spelled_as: str) -> type:
        """A subclass of map, filter, starmap or filterfalse that counts each call of its
        function, under ``spelled_as(function)``."""
        handed = self

        class Counted(real):
            def __new__(cls, function, *iterables, **kwargs):
                if function is not None:  # filter(None, ...) tests truth: no call per value
                    function = handed._each(
                        f"{spelled_as}({getattr(function, '__qualname__', '...')})", function)
                return real.__new__(cls, function, *iterables, **kwargs)

        Counted.__name__ = Counted.__qualname__ = real.__name__
        Counted.__module__ = real.__module__
        return Counted

    def _getter(self, real, spelled_as: str):
        """A stand-in for itemgetter or attrgetter: makes the real getter, and counts, at each
        call of it, one value per item it was made with, under ``spelled_as(*values)``."""
        handed = self

        def made(*items):
            getter = real(*items)

            def get(obj):
                handed.values += len(items)
                handed.by_callable[f"{spelled_as}(*values)"] += len(items)
                return getter(obj)
            return get

        made.__name__ = made.__qualname__ = real.__name__
        return made

    def _swap_iterators(self) -> None:
        """The learner's module's map, filter, starmap and filterfalse, itemgetter and
        attrgetter, under whatever global names it reaches them (the builtins, itertools and
        operator modules included), made counting."""
        counting = {name: self._builtin(real, spelled_as)
                    for name, (real, spelled_as) in ITERATORS.items()}
        counting |= {name: self._getter(real, spelled_as)
                     for name, (real, spelled_as) in GETTERS.items()}
        originals = {name: real for name, (real, _) in (ITERATORS | GETTERS).items()}
        modules = {}
        for module, names in ((builtins, ("map", "filter")),
                              (itertools, ("starmap", "filterfalse")),
                              (operator, tuple(GETTERS)), (sys.modules["_operator"], tuple(GETTERS))):
            copy = types.ModuleType(module.__name__, module.__doc__)
            copy.__dict__.update(vars(module))
            for name in names:
                setattr(copy, name, counting[name])
            modules[module.__name__] = module, copy
        namespace = vars(self._module)
        for name, value in list(namespace.items()):
            if name.startswith("__"):  # __builtins__: a function keeps the builtins it was made with
                continue
            swap = next((counting[which] for which, real in originals.items()
                         if value is real), None)
            swap = swap or next((copy for module, copy in modules.values() if value is module),
                                None)
            if swap is not None:
                self._shadowed.append((name, value))
                namespace[name] = swap
        for name in ("map", "filter"):  # reached through builtins when the module has no such name
            if name not in namespace:
                self._shadowed.append((name, None))
                namespace[name] = counting[name]

    def __enter__(self):
        self._lib = algorithms.lib
        swapped = types.ModuleType(self._lib.__name__)
        swapped.__dict__.update(self._lib.__dict__)
        swapped.map_infer = self._counting("map_infer")
        swapped.map_infer_mask = self._counting("map_infer_mask")
        algorithms.lib = swapped
        real = self._vectorize = np.vectorize.__call__

        def vectorized(vectorize, *args, **kwargs):
            size = max((np.size(arg) for arg in args), default=0)
            self.values += size
            self.by_callable["np.vectorize("
                             + getattr(vectorize.pyfunc, "__qualname__", "...") + ")"] += size
            return real(vectorize, *args, **kwargs)

        np.vectorize.__call__ = vectorized
        made = self._frompyfunc = np.frompyfunc

        def frompyfunc(function, *args, **kwargs):
            label = f"np.frompyfunc({getattr(function, '__qualname__', '...')})"
            return made(self._each(label, function), *args, **kwargs)

        np.frompyfunc = frompyfunc
        if self._module is not None:
            self._swap_iterators()
        return self

    def __exit__(self, *exc):
        algorithms.lib = self._lib
        np.vectorize.__call__ = self._vectorize
        np.frompyfunc = self._frompyfunc
        namespace = vars(self._module) if self._module is not None else {}
        for name, value in reversed(self._shadowed):
            if value is None:
                namespace.pop(name, None)
            else:
                namespace[name] = value
        self._shadowed.clear()


def handed_one(ctx, orders: pd.DataFrame, customers: pd.DataFrame) -> HandedOne:
    """One call of yours, untraced, with the values handed one by one to a callable (pandas',
    NumPy's, and map, filter, starmap and filterfalse as your file's globals reach them)."""
    with HandedOne(ctx.module("yours")) as handed:
        ctx.call_sync("price_orders", orders, customers, timeout=BUDGET)
    return handed


def loop_meaning(work: PythonWork, per: str, why: str = "") -> str:
    """Why lines of the learner's file that grow with the rows are the mistake, by its shape."""
    if any(name.startswith("vectorize.") for name in work.from_file):
        return ("np.vectorize is a Python loop in disguise: it calls your function once per "
                "element (NumPy's documentation says it is for convenience, not performance)")
    if "DataFrame.iterrows" in work.from_file:
        how = ("the body of the loop over iterrows() runs for each one, and iterrows builds a "
               "whole Series for every row it yields")
    else:
        how = ("a for loop, a comprehension, or a function (def or lambda) that apply, map, "
               f"transform or np.vectorize call for every {per}{why}")
    return (f"Python in your file still runs once per {per}: {how}. Each trip costs "
            "microseconds of interpreter work that pandas' own loops, in compiled code, do "
            "not pay")


def expect_flat(ctx, small_month: tuple, large_month: tuple, first: int, last: int,
                dimension: str, per: str, why: str = "", labels: tuple[str, str] | None = None,
                key: str = "", also: str = "", calls_per_row: float = PER_ADDED_ROW) -> None:
    """Fail unless the Python work stays the same from ``small_month`` (``first`` of
    ``dimension``) to ``large_month`` (``last``): ``per``, one of them; ``why``, what makes a
    function given to map run once per one of them, when that is not plain. ``labels``: the
    two months in words, where "{first} {dimension}" is not how to say them; ``key``: the
    figures' suffix; ``also``: what to add to the nudges; ``calls_per_row``: the functions
    entered one more of them may add (lines: PER_ADDED_ROW)."""
    small = traced(ctx, *small_month)
    large = traced(ctx, *large_month, cap=small.calls + CAP)
    allowed = PER_ADDED_ROW * (last - first)
    key = key or f"{last}_{dimension.split()[-1]}"  # lines_200_orders, calls_103_tiers
    few_words, many_words = labels or (f"{first} {dimension}", f"{last} {dimension}")
    ctx.record(**{f"lines_{key}": large.lines, f"calls_{key}": large.calls})
    more = "more than " if large.capped else ""
    grew = [(name, count) for name, count in (large.from_file - small.from_file).most_common(4)
            if not name.startswith("IndexingMixin.")][:3]  # `.loc` itself: `.loc[...]` says it
    through = "; the calls your file made that grew most: " + ", ".join(
        f"`{spelled(name)}` {count:,} more times" for name, count in grew) if grew else ""
    figures = (f"for {few_words}, price_orders ran {small.lines:,} lines of your file and "
               f"entered {small.calls:,} Python functions (pandas' own included); for "
               f"{many_words}, {more}{large.lines:,} lines and {more}{large.calls:,} "
               f"functions{through}")
    if large.lines - small.lines > allowed:
        ctx.fail(figures, loop_meaning(large, per, why),
                 "express each step on whole columns: merge (or Series.map with a Series) for "
                 "the lookups, comparisons and np.select or np.where for the rules, "
                 "groupby(...).transform('sum') for the sums; no function of yours per row"
                 + also)
    ctx.expect(large.calls - small.calls <= calls_per_row * (last - first), figures,
               inside_meaning(large.by_name - small.by_name, per),
               "use operations pandas runs in compiled code: merge, or Series.map with a Series "
               "(not a dict built from the columns), comparisons, np.select, groupby "
               "aggregations by name (transform('sum')); compare strings with == or isin "
               "rather than transforming them row by row" + also)
    few, many = handed_one(ctx, *small_month), handed_one(ctx, *large_month)
    ctx.record(**{f"handed_one_{key}": many.values})
    grown = many.by_callable - few.by_callable
    ctx.expect(many.values - few.values <= allowed,
               f"for {few_words}, {few.values:,} values were handed, one at a time, to "
               "a function given to map, filter, itertools' starmap or filterfalse, apply, "
               "np.vectorize or np.frompyfunc, or looked up one at a time by an "
               f"operator.itemgetter or attrgetter; for {many_words}, {many.values:,} ("
               + ", ".join(f"`{name}` {count:,} more" for name, count in grown.most_common(3))
               + ")",
               f"a function given to pandas' `map` or `apply` is called once per {per}{why} from "
               "pandas' compiled loop (lib.map_infer), one given to np.vectorize or "
               "np.frompyfunc from NumPy's, and one given to Python's own map() or filter() "
               "(or itertools' starmap() or filterfalse()) from the interpreter's, each value "
               "a Python object; `operator.itemgetter(*column)(a_dict)` spreads the column "
               "into the arguments of one call and subscripts the dict once per value, as "
               "map(a_dict.get, column) does: a builtin such as "
               "dict.get runs no line of Python, so no trace of lines or functions shows it, "
               "but it is still a Python-level lookup per row, several times the cost of a "
               "comparison on the whole column",
               "give pandas' map the lookup itself, not a function: a Series indexed by "
               "customer_id (`tiers = customers.set_index('customer_id')['tier']`, then "
               "`orders['customer_id'].map(tiers)`); or merge (and isin to test membership); "
               "then compare the whole tier column with == \"gold\"" + also)


TELLTALES = (  # a function of pandas that grows with the rows, and the code that makes it run
    ("series_generator", "apply(axis=1) refills a Series with every row and hands it to the "
                         "function, even a built-in one"),
    ("DataFrame.iterrows", "iterrows builds a Series for every row"),
    ("ExtensionArray.__iter__", "stepping through a str column (zip, list(), to_dict(), a for "
                                "loop) resumes a generator of pandas for every value"),
    ("Splitter._chop", "a groupby given a function (transform(sum), transform(np.sum), agg or "
                       "apply with a function) cuts out a Series or frame for every group to "
                       "call it on, and so does stepping through a groupby (list(), dict())"),
    ("StringArrayMixin._str_", "the .str methods of an object or str column call a Python "
                               "function of pandas for every value (a category column calls it "
                               "once per category)"),
)


def inside_meaning(grown: Counter, per: str) -> str:
    """Why pandas' calls that grow with the rows are the mistake, naming the cause when known."""
    for marker, cause in TELLTALES:
        found = [name for name in grown if marker in name]
        if found:
            return (f"pandas' own Python runs once per {per}, even though no line of your file "
                    f"does: {cause} (`{found[0]}` ran {grown[found[0]]:,} more times)")
    return (f"pandas' own Python runs once per {per}, even though no line of your file does: "
            "iterrows builds a Series for every row and apply(axis=1) refills one, a groupby "
            "given a function (transform(sum), transform(np.sum), apply) calls it group by group, "
            "stepping through a str column (zip, list(), to_dict()) resumes a generator per "
            "value, and .str methods on object or str columns call Python per value")


def sized(sizes) -> tuple[tuple, tuple]:
    """The two months of ``sizes`` ((orders, customers) twice), as the work probes use them."""
    (small_orders, small_customers), (large_orders, large_customers) = sizes
    return (month_of_orders(small_orders, small_customers, seed=5),
            month_of_orders(large_orders, large_customers, seed=6))


@contextlib.contextmanager
def debug_logging():
    """Logging at DEBUG for the block, as a service turns it on while someone investigates: the
    root logger's level DEBUG (every logger without a level of its own follows it), no
    logging.disable, and the root's handlers swapped for a NullHandler, so nothing is printed."""
    root = logging.getLogger()
    level, handlers, disabled = root.level, root.handlers[:], root.manager.disable
    root.handlers[:] = [logging.NullHandler()]
    logging.disable(logging.NOTSET)
    root.setLevel(logging.DEBUG)  # clears every logger's cached isEnabledFor
    try:
        yield
    finally:
        root.setLevel(level)
        logging.disable(disabled)
        root.handlers[:] = handlers


def check_no_python_per_order(ctx):
    """No Python runs per order, in your file or inside pandas, with logging at DEBUG too: 200 orders take the lines and calls 20 take."""
    (first, _), (last, _) = ORDERS_SIZES
    months = sized(ORDERS_SIZES)
    expect_flat(ctx, *months, first, last, "orders", "order")
    with debug_logging():
        small = traced(ctx, *months[0])
        large = traced(ctx, *months[1], cap=small.calls + CAP)
    ctx.record(lines_200_orders_debug=large.lines, calls_200_orders_debug=large.calls)
    allowed = PER_ADDED_ROW * (last - first)
    grew = [(name, count) for name, count in (large.from_file - small.from_file).most_common(3)]
    ctx.expect(large.lines - small.lines <= allowed and large.calls - small.calls <= allowed,
               f"with logging at DEBUG (the root logger's level, as a service sets it while "
               f"someone investigates), price_orders ran {small.lines:,} lines of your file and "
               f"entered {small.calls:,} Python functions for {first} orders, and "
               f"{'more than ' if large.capped else ''}{large.lines:,} lines and "
               f"{large.calls:,} functions for {last}"
               + ("; the calls your file made that grew most: " + ", ".join(
                   f"`{spelled(name)}` {count:,} more times" for name, count in grew)
                  if grew else "")
               + " (at the default level, the same for both)",
               "a loop per order that runs only when DEBUG is enabled (a cross-check against "
               "the old per-row rules, a log line per order) brings the per-row Python back "
               "exactly where someone is trying to find out why the service is slow: turning "
               "the log level up multiplies the report's time by the orders, and what they "
               "measure is no longer what runs in production",
               "log once per call, about whole columns (how many orders got each discount, "
               "from value_counts or a sum of a mask), never once per order; check the new "
               "rules against the old in a test, on a small month, not in price_orders")


KEPT_MONTH = (5_000, 500)  # (orders, customers) of the months of check_nothing_kept
# Memory a call may still hold once the caller has dropped its frames and its report: whole-column
# fixes hold about 2 KiB (pandas' and NumPy's own small caches); a global holding the last frames
# and report holds some 260 KiB at this size, a memo of results keyed on the inputs' bytes 200 KiB.
# Placed after check_no_python_per_order: the starter's loop, quadratic, never reaches it
KEPT_BYTES = 32 * 1024


def check_nothing_kept(ctx):
    """Nothing outlives the call: a report returned earlier is unchanged by the next call, and no memory stays held once the caller drops the frames and the report."""
    orders, customers = KEPT_MONTH
    january = ctx.call_sync("price_orders", *wide_month(*KEPT_MONTH, seed=40), timeout=BUDGET)
    if not isinstance(january, pd.DataFrame):  # check_result names what it returned
        return
    kept = january.copy(deep=True)
    ctx.call_sync("price_orders", *wide_month(*KEPT_MONTH, seed=41), timeout=BUDGET)
    if layout(january) != layout(kept) or not january.equals(kept):
        observed, _ = change_seen(january, kept)
        ctx.fail(f"the report price_orders returned for one month of {orders:,} orders by "
                 f"{customers:,} customers, read again after the next month (the same size) was "
                 f"priced, had {observed}",
                 "a report belongs to the caller once returned: last month's report, kept for a "
                 "comparison or still being written out, now shows this month's figures, and "
                 "two threads pricing at once write into each other's reports. Its columns "
                 "share memory with buffers your file keeps and writes again on every call "
                 "(pd.DataFrame(..., copy=False) and assign keep a NumPy array as it is, "
                 "without a copy)",
                 "give every call arrays of its own: np.select, np.where and arithmetic make new "
                 "ones each time, at no cost worth saving; keep no output buffer at module level")
    del january, kept
    with memory.tracked() as used:
        frames = wide_month(*KEPT_MONTH, seed=42)
        alive = [("the orders frame passed in", weakref.ref(frames[0])),
                 ("the customers frame passed in", weakref.ref(frames[1]))]
        report = ctx.call_sync("price_orders", *frames, timeout=BUDGET)
        alive.append(("the report returned", weakref.ref(report)))
        del frames, report
        gc.collect()  # the call's own reference cycles, if any, freed before measuring
    ctx.record(bytes_kept_after_call=used.kept)
    still = [name for name, ref in alive if ref() is not None]
    ctx.expect(used.kept <= KEPT_BYTES,
               f"after a call on {orders:,} orders by {customers:,} customers returned and the "
               f"caller had dropped the frames and the report, {memory.size(used.kept)} were "
               "still held (tracemalloc, after a garbage collection; whole-column fixes hold "
               "about 2 KiB)"
               + (f": {', '.join(still[:-1])}{' and ' if len(still) > 1 else ''}{still[-1]} "
                  f"{'is' if len(still) == 1 else 'are'} still alive (weakref), referenced from "
                  "your file"
                  if still else ": arrays or keys your file keeps from the call"),
               "what a call keeps after it returns is kept on every call: a module-level "
               "'last report' (or a list of reports) holds each month's orders, customers and "
               "report until the next call replaces them, and a memo of results keyed on the "
               "inputs grows with every new month priced, tens of bytes per order each time, "
               "until the service runs out of memory; a shared 'last report' is also whichever "
               "call finished last, from any thread",
               "return the report and keep nothing from the call at module level (no global "
               "dict, list or cache of frames, arrays or keys): the whole-column report is fast "
               "enough to compute again, and a caller who wants the last one keeps it itself")


def check_no_python_per_customer(ctx):
    """No Python runs per customer either: 200 customers take the lines and calls 20 take."""
    (_, first), (_, last) = CUSTOMERS_SIZES
    expect_flat(ctx, *sized(CUSTOMERS_SIZES), first, last, "customers", "customer")


def own_tiers(frames: tuple, count: int) -> tuple[pd.DataFrame, pd.DataFrame]:
    """``frames`` with ``count`` of the customers (every other one) given a tier of their own,
    "partner 1", "partner 2"...: another tier each, as the contract allows (a reseller's)."""
    orders, customers = frames
    tier = customers["tier"].astype(object).to_numpy(copy=True)
    tier[1:2 * count:2] = [f"partner {n}" for n in range(1, count + 1)]
    return orders, customers.assign(tier=pd.Series(tier, index=customers.index, dtype="str"))


def check_no_python_per_tier(ctx):
    """Nor per distinct tier: 200 customers with 103 tiers take the lines and calls the same customers with 3 take."""
    _, month = sized(CUSTOMERS_SIZES)
    tiers = own_tiers(month, TIERS)
    first = month[1]["tier"].nunique()
    expect_flat(ctx, month, tiers, first, tiers[1]["tier"].nunique(), "distinct tiers",
                "distinct tier", " (on a category column, map and apply call it once per "
                "category: a few for gold, silver and standard, one per customer where "
                "customers carry tiers of their own)")


RARE_MONTH = (200, 100)  # (orders, customers) of both months of check_no_python_per_rare_row
# Orders in blocks of 10 by position: 3 not invoiced (NaN), 3 by customers missing from
# customers (each a deleted account of its own), 2 totals of exactly 500 and 1 of 1,000, 1 as
# generated; and every other customer without a tier. The few-month has one such block and 2
# such customers, the many-month 20 blocks (60 of each kind of order) and 50 customers.
# At the same size pandas' own calls differ by a fixed few with the data, not per row (a
# where() with a sum of 0 somewhere takes a path of its own: 17 more), so the calls one more such
# row may add are 1 here (46 for the pair); a loop of pandas' per row enters several per row.
CALLS_PER_RARE_ROW = 1.0
RARE_BLOCK = np.array(["nan"] * 3 + ["unknown"] * 3 + ["500", "500", "1000", ""])


def rare_month(blocks: int, tierless: int) -> tuple[pd.DataFrame, pd.DataFrame]:
    """RARE_MONTH's orders and customers (no NaN totals or unknown customers of chance), with
    the rows that need a rule of their own in ``blocks`` blocks of RARE_BLOCK and ``tierless``
    customers (every other one) without a tier: the same size, few or many such rows."""
    orders, customers = month_of_orders(*RARE_MONTH, seed=9, not_invoiced=0.0, unknown=0.0)
    kind = np.full(len(orders), "", dtype=object)
    kind[:10 * blocks] = np.resize(RARE_BLOCK, 10 * blocks)
    total = orders["total"].to_numpy(copy=True)
    total[kind == "nan"] = np.nan
    total[kind == "500"], total[kind == "1000"] = 500.0, 1000.0
    owner = orders["customer_id"].to_numpy(copy=True)
    gone = kind == "unknown"
    owner[gone] = 20_000_000 + np.flatnonzero(gone)  # month_of_orders' ids are below 10**7
    tier = customers["tier"].to_numpy(dtype=object, copy=True)
    tier[:2 * tierless:2] = None
    return (orders.assign(customer_id=owner, total=total),
            customers.assign(tier=pd.Series(tier, index=customers.index, dtype="str")))


def rare_words(frames: tuple) -> str:
    """A rare_month in words: how many of its rows need a rule of their own."""
    orders, customers = frames
    total = orders["total"]
    return (f"{len(orders)} orders with {int(total.isna().sum())} not invoiced (NaN), "
            f"{int((~orders['customer_id'].isin(customers['customer_id'])).sum())} by customers "
            f"missing from customers and {int(total.isin([500.0, 1000.0]).sum())} of exactly "
            f"500 or 1000, by {len(customers)} customers of whom "
            f"{int(customers['tier'].isna().sum())} have no tier")


def check_no_python_per_rare_row(ctx):
    """Nor per order not invoiced, of an unknown customer or on a threshold, nor per customer without a tier: 200 orders with 60 of each take the lines and calls 200 with 3 take."""
    few, many = rare_month(1, 2), rare_month(20, 50)
    added = min(many[1]["tier"].isna().sum() - few[1]["tier"].isna().sum(),
                many[0]["total"].isna().sum() - few[0]["total"].isna().sum())
    expect_flat(ctx, few, many, 0, int(added), "such rows",
                "order not invoiced, order of a customer missing from customers, order on a "
                "threshold or customer without a tier",
                " (a loop over only those rows is still a loop per row: at the end of a month "
                "most orders are not invoiced yet, a month of guest checkouts has most "
                "customers missing from the table, round prices put many totals on 500 or "
                "1,000)", labels=(rare_words(few), rare_words(many)), key="rare",
                also="; the rules already hold for those rows on whole columns: NaN >= 500 "
                     "is False, np.select's default prices a missing tier and an unknown "
                     "customer, a left merge gives that customer's orders a NaN tier, and the "
                     "sums skip NaN", calls_per_row=CALLS_PER_RARE_ROW)


def wide_month(orders: int, customers: int, seed: int) -> tuple[pd.DataFrame, pd.DataFrame]:
    """A month like month_of_orders' (sparse shuffled ids, about 2% of the orders by a customer
    missing from customers, 3% of the totals NaN, 5% of the tiers missing), without names: built
    on whole arrays, a few milliseconds for thousands of customers (month_of_orders makes each
    name in Python, some 0.1 s)."""
    rng = np.random.default_rng(seed)
    ids = rng.choice(10_000_000, customers + 1, replace=False).astype("int64") + 1_000
    known, gone = ids[:customers], ids[customers]
    tiers = np.array(["gold", "silver", "standard", None], dtype=object)[
        rng.choice(4, customers, p=[0.15, 0.25, 0.55, 0.05])]
    table = pd.DataFrame({"customer_id": known, "tier": pd.Series(tiers, dtype="str")})
    owners = np.resize(rng.permutation(known), orders)
    rng.shuffle(owners)
    owners[rng.random(orders) < 0.02] = gone
    totals = np.round(rng.lognormal(5.3, 0.9, orders), 2)
    totals[rng.random(orders) < 0.03] = np.nan
    placed = pd.DataFrame({"order_id": np.arange(500_000, 500_000 + orders, dtype="int64"),
                           "customer_id": owners, "total": totals})
    return placed, table


def held(ctx, frames: tuple) -> int:
    """The most memory one call of yours held at once, above what was held when it began:
    tracemalloc started for the call alone, so garbage of earlier calls does not count and no
    gc.collect() (some 70 ms with pandas and Hypothesis loaded) is needed."""
    with memory.tracing():
        base = tracemalloc.get_traced_memory()[0]
        tracemalloc.reset_peak()
        ctx.call_sync("price_orders", *frames, timeout=BUDGET)
        return max(0, tracemalloc.get_traced_memory()[1] - base)


def per_added_row(ctx, measure, seed: int) -> tuple[list, float, float]:
    """``measure(ctx, month)`` at each of MEMORY_SIZES; what it grew by per order added (the
    first two sizes) and per customer added (the last two)."""
    (few, some), (many, _), (_, more) = MEMORY_SIZES
    values = [measure(ctx, wide_month(*size, seed=seed + n)) for n, size in enumerate(MEMORY_SIZES)]
    return values, (values[1] - values[0]) / (many - few), (values[2] - values[1]) / (more - some)


def check_memory_per_row(ctx):
    """Memory grows with the rows, not with their pairs: at most 600 bytes per order or customer added (tracemalloc, NumPy's arrays included)."""
    peaks, per_order, per_customer = per_added_row(ctx, held, seed=20)
    ctx.record(bytes_per_order=round(per_order), bytes_per_customer=round(per_customer))
    sizes = ", ".join(f"{memory.size(peak)} for {orders:,} orders by {customers:,} customers"
                     for peak, (orders, customers) in zip(peaks, MEMORY_SIZES, strict=True))
    ctx.expect(max(per_order, per_customer) <= BYTES_PER_ADDED_ROW,
               f"price_orders held at most {sizes} (tracemalloc: NumPy's and pandas' arrays "
               f"included): {per_order:,.0f} bytes more for each order added, "
               f"{per_customer:,.0f} for each customer added; the allowance is "
               f"{BYTES_PER_ADDED_ROW:,} (a whole-column fix takes about 100 or less)",
               "memory that grows by more than a few hundred bytes per added row is most often "
               "an array with a cell for every pair of rows (each order against each "
               "customer, as ids[:, None] == known[None, :], np.equal.outer or a one-hot table "
               "of the ids make, or each order against each order): filled in compiled code, it runs no Python per row, "
               "so no count of lines or calls shows it, but its size and the time to fill it "
               "multiply: at 100,000 orders by 50,000 customers, one byte a pair is 5 GB",
               "find each order's customer with a join that holds memory for the rows only: "
               "merge, or Series.map with a Series indexed by customer_id (or np.searchsorted "
               "on the sorted ids); sum with groupby(...).transform('sum'), not by comparing "
               "every order with every other")


def small_ids(frames: tuple) -> tuple[pd.DataFrame, pd.DataFrame]:
    """``frames`` with every customer id (those of customers and of orders) renumbered 1,000,
    1,001, ... in the same order: the same rows, the same matches, only smaller ids."""
    orders, customers = frames
    ids = np.concatenate([customers["customer_id"].to_numpy(), orders["customer_id"].to_numpy()])
    _, rank = np.unique(ids, return_inverse=True)
    renumbered = rank.astype("int64") + 1_000
    return (orders.assign(customer_id=renumbered[len(customers):]),
            customers.assign(customer_id=renumbered[:len(customers)]))


def more_columns(frames: tuple, count: int) -> tuple[pd.DataFrame, pd.DataFrame]:
    """``frames`` with ``count`` float64 columns more in customers (a CRM export's figures:
    visits, returns, ...), which the report does not read."""
    orders, customers = frames
    rng = np.random.default_rng(count)
    extra = pd.DataFrame(rng.random((len(customers), count)), index=customers.index,
                         columns=[f"figure_{n}" for n in range(count)])
    return orders, pd.concat([customers, extra], axis=1)


ID_SIZES = (300, 300)  # (orders, customers) of the pair whose ids alone differ
ID_BYTES = 1 << 20  # what ids up to 10**7 instead of 1,300 may add: whole-column fixes add 0
COLUMNS_MONTH = (3_000, 300)  # (orders, customers) of the pair whose customers' columns differ
EXTRA_COLUMNS = 100  # float64 columns added to customers: 240 KB for 300 customers
EXTRA_COPIES = 2  # copies of those columns a call may hold (merge copies them onto every order: 10)


def check_memory_not_by_ids_or_columns(ctx):
    """Memory follows the rows, not the size of the ids (up to 10**7, then 1,000 to 1,300) nor the columns of customers the report does not read (100 more)."""
    month = wide_month(*ID_SIZES, seed=23)
    large, small = held(ctx, month), held(ctx, small_ids(month))
    ctx.record(bytes_for_large_ids=large - small)
    top = int(max(month[0]["customer_id"].max(), month[1]["customer_id"].max()))
    orders, customers = ID_SIZES
    ctx.expect(large - small <= ID_BYTES,
               f"for {orders:,} orders by {customers:,} customers, price_orders held at most "
               f"{memory.size(large)} with their ids (up to {top:,}, as the shop's are) and "
               f"{memory.size(small)} with the same customers numbered 1,000 to "
               f"{1_000 + customers:,}: the same rows and the same matches, only the ids' size "
               "differs (tracemalloc, NumPy's arrays included)",
               "memory that follows the largest id, not the number of rows, is a table with a "
               "cell for every possible id (np.full(ids.max() + 1, ...) indexed by the id "
               "itself, np.bincount(ids), a one-hot of the ids): allocated and filled on every "
               "call, it costs 4 to 8 bytes per id up to the largest, 40 to 80 MB for ids up "
               "to 10**7 whatever the month's size, and 64-bit ids (2**60, as snowflake-style "
               "ids are) cannot have one at all",
               "look the ids up by value, not by position: merge, Series.map with a Series "
               "indexed by customer_id, pd.Index(ids).get_indexer, or pd.factorize to number "
               "them 0, 1, 2... before any bincount")
    month = wide_month(*COLUMNS_MONTH, seed=24)
    wide = more_columns(month, EXTRA_COLUMNS)
    narrow, broad = held(ctx, month), held(ctx, wide)
    added = int(wide[1].memory_usage(index=False).sum() - month[1].memory_usage(index=False).sum())
    ctx.record(bytes_per_extra_column_order=round((broad - narrow) / EXTRA_COLUMNS
                                                  / COLUMNS_MONTH[0], 2))
    orders, customers = COLUMNS_MONTH
    ctx.expect(broad - narrow <= EXTRA_COPIES * added,
               f"for {orders:,} orders by {customers:,} customers, price_orders held at most "
               f"{memory.size(narrow)}; with {EXTRA_COLUMNS} float64 columns more in customers "
               f"({memory.size(added)} the report does not read), {memory.size(broad)}: "
               f"{memory.size(broad - narrow)} more, {(broad - narrow) / added:.1f} times those "
               "columns' size (tracemalloc)",
               "merging the whole customers table (or looking whole rows of it up, "
               "customers.set_index(\"customer_id\").reindex(ids) or .loc[ids]) copies every "
               "column of it onto every order, to read one (tier): memory and time grow with "
               "the orders times customers' columns, a dimension the starter does not pay for (it reads tier alone). A "
               "customers table is often an export of tens or hundreds of columns: with 300 "
               "columns, a million orders take some 2.4 GB to price",
               "merge only the columns you need, customers[[\"customer_id\", \"tier\"]], or "
               "map the orders' ids with customers.set_index(\"customer_id\")[\"tier\"]")


# --- awkward frames -----------------------------------------------------------------------------

NAN = float("nan")
INF = float("inf")  # float64 and not negative: within the contract; >= 500 and >= 1000 hold for it


def frame_pair(orders: list, customers: list, tier_dtype: str = "str", index=None,
               columns=("order_id", "customer_id", "total"),
               extra: dict | None = None, people_extra: dict | None = None,
               attrs: dict | None = None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(orders, customers) from rows: orders (order_id, customer_id, total), customers (id, tier);
    ``attrs``: orders' DataFrame.attrs."""
    table = pd.DataFrame({
        "order_id": pd.Series([row[0] for row in orders], dtype="int64"),
        "customer_id": pd.Series([row[1] for row in orders], dtype="int64"),
        "total": pd.Series([row[2] for row in orders], dtype="float64")})
    if index is not None:
        table.index = index
    for name, values in (extra or {}).items():
        table[name] = values
    table = table[list(columns) + [name for name in table.columns if name not in columns]]
    table.attrs = dict(attrs or {})
    people = pd.DataFrame({
        "customer_id": pd.Series([row[0] for row in customers], dtype="int64"),
        "tier": pd.Series([row[1] for row in customers], dtype=object)})
    people["tier"] = people["tier"].astype(tier_dtype)
    for name, values in (people_extra or {}).items():
        people[name] = values
    return table, people


def categories(frames: tuple, names: list) -> tuple[pd.DataFrame, pd.DataFrame]:
    """``frames`` with the customers' tier as a category column of these categories."""
    orders, customers = frames
    return orders, customers.assign(tier=pd.Categorical(customers["tier"], categories=names))


AWKWARD = [
    ("orders of customers missing from the customers table (a deleted account) and of a "
     "customer without a tier",
     lambda: frame_pair([(1, 7, 600.0), (2, 99, 1200.0), (3, 8, 1500.0), (4, 99, 20.0)],
                        [(7, "gold"), (8, None)])),
    ("totals on the thresholds (exactly 500 and 1000), not invoiced yet (NaN) and 0",
     lambda: frame_pair([(1, 1, 500.0), (2, 1, NAN), (3, 2, 1000.0), (4, 2, 999.99),
                         (5, 3, NAN), (6, 3, 0.0), (7, 1, 499.99), (8, 4, 1000.0)],
                        [(1, "gold"), (2, "standard"), (3, "silver"), (4, "platinum")])),
    ("a customer whose only order is not invoiced yet, and one whose orders total 0 (share "
     "NaN)",
     lambda: frame_pair([(1, 5, NAN), (2, 6, 0.0), (3, 6, 0.0), (4, 7, 80.0)],
                        [(5, "silver"), (6, "gold"), (7, "gold")])),
    ("orders indexed by the time they were placed (two at the same minute), a note column "
     "and the columns in another order",
     lambda: frame_pair([(11, 3, 250.0), (12, 2, 700.0), (13, 3, 1100.0)],
                        [(2, "gold"), (3, "silver")],
                        index=pd.DatetimeIndex(["2024-05-02 10:00", "2024-05-01 09:30",
                                                "2024-05-01 09:30"], name="placed"),
                        columns=("total", "note", "customer_id", "order_id"),
                        extra={"note": ["gift", "", "call first"]})),
    ("other columns whose names the two frames share: customers with their lifetime total and "
     "a note, orders with a tier of their own (as exported, perhaps stale)",
     lambda: frame_pair([(1, 1, 600.0), (2, 2, 1200.0), (3, 1, 40.0)],
                        [(1, "gold"), (2, "silver")],
                        extra={"tier": ["silver", "", "silver"], "note": ["a", "b", "c"]},
                        people_extra={"total": [9_000.0, 120.0], "note": ["vip", ""]})),
    ("orders with a column of the times they were placed (datetime64) and of their sales "
     "channel (a category column), as read from Parquet, with attrs naming the file and the "
     "currency (DataFrame.attrs, which read_parquet fills from the file)",
     lambda: frame_pair([(1, 1, 600.0), (2, 2, 1200.0), (3, 1, 40.0), (4, 2, NAN)],
                        [(1, "gold"), (2, "silver")],
                        extra={"placed_at": pd.to_datetime(["2024-05-01 09:30", "2024-05-01 10:00",
                                                            "2024-05-02 08:15", "2024-05-03 12:00"]),
                               "channel": pd.Categorical(["web", "shop", "web", "app"])},
                        attrs={"source": "orders-2026-01.parquet", "currency": "EUR"})),
    ("the same order id twice (a line repeated in the export), sparse customer ids listed out "
     "of order, and a labelled index that repeats",
     lambda: frame_pair([(5, 10**12, 300.0), (5, 10**12, 300.0), (6, 3, 40.0), (7, 10**9, 900.0)],
                        [(10**9, "gold"), (3, "standard"), (10**12, "silver")],
                        index=pd.Index(["b", "a", "b", "c"], name="ref"))),
    ("customer ids above 2**53 (64-bit ids, as snowflake-style ids are: a float64 cannot tell "
     "2**60 from 2**60 + 1) and a note column (a str column: with it iterrows yields rows of "
     "Python objects, so the starter keeps these ids exact and its report here is right; on "
     "orders of numbers only it rounds them too)",
     lambda: frame_pair([(1, 2**60, 100.0), (2, 2**60 + 1, 300.0), (3, 2**60 + 1, 600.0),
                         (4, 2**63 - 1, 1200.0), (5, 2**63 - 2, 1000.0), (6, 2**60, 700.0)],
                        [(2**60 + 1, "silver"), (2**60, "gold"), (2**63 - 1, "gold")],
                        extra={"note": ["", "gift", "", "", "call first", ""]})),
    ("tiers in a category column (as read from Parquet) with an unused category and a "
     "missing tier",
     lambda: categories(frame_pair([(1, 1, 520.0), (2, 2, 80.0), (3, 3, 1300.0), (4, 4, 10.0)],
                                   [(1, "gold"), (2, "silver"), (3, None), (4, "standard")]),
                        ["bronze", "gold", "silver", "standard"])),
    ("tiers in a category column whose only categories are gold and silver, a customer "
     "without a tier and one missing from customers",
     lambda: categories(frame_pair([(1, 1, 520.0), (2, 2, 80.0), (3, 3, 1300.0), (4, 9, 10.0)],
                                   [(1, "gold"), (2, "silver"), (3, None)]), ["gold", "silver"])),
    ("orders indexed by their customer (set_index('customer_id', drop=False): an index level "
     "and a column with the same name) and a columns axis named 'field'",
     lambda: (lambda o, c: (o.set_index("customer_id", drop=False).rename_axis(columns="field"),
                            c))(*frame_pair([(1, 4, 600.0), (2, 5, 90.0), (3, 4, 1500.0)],
                                            [(4, "gold"), (5, "silver")]))),
    ("customers indexed by their own ids, the column kept too (set_index('customer_id', "
     "drop=False): an index level and a column with the same name)",
     lambda: (lambda o, c: (o, c.set_index("customer_id", drop=False)))(
         *frame_pair([(1, 4, 600.0), (2, 5, 90.0), (3, 4, 1500.0), (4, 6, 1000.0)],
                     [(4, "gold"), (5, "silver")]))),
    ("tiers spelled otherwise ('Gold', 'GOLD', ' gold', 'silver ', 'Silver', '', and 'gold\\x00' "
     "and 'silver\\x00' with the trailing NUL of a fixed-width export): another tier each, as "
     "the rules name only 'gold' and 'silver'",
     lambda: frame_pair([(1, 1, 600.0), (2, 2, 1200.0), (3, 3, 600.0), (4, 4, 200.0),
                         (5, 5, 1200.0), (6, 6, 1200.0), (7, 7, 600.0), (8, 8, 600.0),
                         (9, 9, 200.0)],
                        [(1, "Gold"), (2, "GOLD"), (3, " gold"), (4, "silver "), (5, "Silver"),
                         (6, ""), (7, "gold"), (8, "gold\x00"), (9, "silver\x00")])),
    ("infinite totals (an overflowed import: float64, not negative) of a gold, a silver and a "
     "standard customer and of one missing from customers, beside finite orders of two of "
     "them",
     lambda: frame_pair([(1, 1, INF), (2, 1, 120.0), (3, 2, INF), (4, 3, INF), (5, 3, 1000.0),
                         (6, 9, INF), (7, 9, NAN), (8, 4, 600.0)],
                        [(1, "gold"), (2, "silver"), (3, "standard"), (4, "gold")])),
    ("orders with an index of two levels, region and order number (a MultiIndex, as "
     "set_index(['region', 'no']) or a groupby of two keys leaves it), north's labels twice",
     lambda: frame_pair([(1, 10, 100.0), (2, 10, 600.0), (3, 20, 1200.0), (4, 30, 50.0),
                         (5, 20, NAN)],
                        [(10, "gold"), (20, "silver")],
                        index=pd.MultiIndex.from_tuples(
                            [("north", 1), ("north", 2), ("south", 3), ("south", 4),
                             ("north", 1)], names=["region", "no"]))),
    ("orders indexed by day (pd.date_range(..., freq='D'): an index with a freq)",
     lambda: frame_pair([(1, 1, 600.0), (2, 2, 80.0), (3, 1, 1200.0), (4, 3, 40.0)],
                        [(1, "gold"), (2, "silver")],
                        index=pd.date_range("2024-06-01", periods=4, freq="D", name="day"))),
    ("orders that carry stale discount and share columns from an earlier report, in other "
     "positions (the new ones replace them where they stand)",
     lambda: frame_pair([(1, 1, 600.0), (2, 2, 1200.0), (3, 1, 40.0)],
                        [(1, "gold"), (2, "silver")],
                        columns=("share", "order_id", "customer_id", "discount", "total"),
                        extra={"share": [1.0, 1.0, 1.0], "discount": ["old", "", "old"]})),
    ("tiers in an object column", lambda: frame_pair(
        [(1, 1, 520.0), (2, 2, 80.0), (3, 3, 1300.0)], [(1, "gold"), (2, "silver"), (3, None)],
        tier_dtype="object")),
    ("a month with no orders", lambda: frame_pair([], [(1, "gold"), (2, "silver")])),
    ("a month with a single order", lambda: frame_pair([(1, 2, 750.0)], [(2, "gold")])),
    ("a customers table with no rows (every customer unknown)",
     lambda: frame_pair([(1, 2, 750.0), (2, 3, 1750.0)], [])),
    ("orders that are a slice of a larger frame (an index starting at 100)",
     lambda: (lambda o, c: (o.iloc[100:130], c))(*month_of_orders(130, 20, seed=7))),
]


def untiered() -> tuple[pd.DataFrame, pd.DataFrame]:
    """A month whose customers table has no tier column: an export that spells it "Tier"."""
    orders, customers = frame_pair([(1, 1, 600.0), (2, 2, 1200.0), (3, 1, 40.0)],
                                   [(1, "gold"), (2, "silver")])
    return orders, customers.rename(columns={"tier": "Tier"})


def check_awkward_months(ctx):
    """The starter's report on awkward months, the frames passed in unchanged: unknown customers, NaN and threshold totals, odd indexes, no rows; an error where customers has no tier column."""
    for what, frames in AWKWARD:
        compare(ctx, frames, what)
    orders, customers = untiered()
    try:
        starter(ctx, orders, customers, catch=False)
    except Exception as error:  # what the starter raises, shown as it is
        raised = f"{type(error).__name__}: {error}"
    else:
        raise AssertionError("the starter no longer raises without a tier column")
    got = outcome(ctx, orders, customers)
    if isinstance(got, pd.DataFrame):
        discounts = got["discount"].tolist() if "discount" in got.columns else "none"
        ctx.fail("on customers with no tier column (the export names it 'Tier', and the check "
                 f"renamed nothing back), price_orders returned a report (discounts {discounts}) "
                 f"where the starter raises ({raised})",
                 "the rules price by tier: without the column there is no way to know who is "
                 "gold, and a report that prices everyone as having no tier looks complete while "
                 "every gold and silver discount is missing; nothing tells anyone until the "
                 "customers complain (an error on the first call points at the export at once)",
                 "read the column as customers[\"tier\"] (or merge on customers[[\"customer_id\", "
                 "\"tier\"]]), which raises KeyError when it is missing, rather than "
                 "customers.get(\"tier\") with a default or a check that skips it")


# --- generated frames ---------------------------------------------------------------------------

TOTALS = st.one_of(st.sampled_from([0.0, 0.01, 499.99, 500.0, 999.99, 1000.0, 1e9, NAN, INF]),
                   st.integers(0, 300_000).map(lambda cents: cents / 100))
TIER = st.one_of(st.sampled_from(["gold", "silver", "standard", "platinum"]), st.none(),
                 st.sampled_from(["Gold", "SILVER", " gold", "silver ", ""]))
EXAMPLES = 25  # generated months: each runs the starter's loop, a few milliseconds per order
CUSTOMER_IDS = st.one_of(st.integers(0, 12), st.integers(0, 2**53))  # a float holds them exactly
# Any int64 id, and ids a float64 rounds to the same number: the starter is exact on them only
# when orders has a str column (iterrows then yields object rows, not float ones).
WIDE_IDS = CUSTOMER_IDS | st.integers(2**60, 2**60 + 3) | st.integers(0, 2**63 - 1)
INDEX_NAMES = (None, "ref", "customer_id", "total")  # an index may be named like a column


@dataclass(frozen=True)
class Month:
    """Generated frames as plain rows, so that Hypothesis can show and shrink them."""

    orders: tuple  # (order_id, customer_id, total)
    customers: tuple  # (customer_id, tier)
    tier_dtype: str
    index: tuple | None  # orders' index labels; None: a RangeIndex
    index_name: str | None
    note: bool  # orders carry a str column "note" (iterrows then yields object rows)

    def frames(self) -> tuple[pd.DataFrame, pd.DataFrame]:
        index = None if self.index is None else pd.Index(list(self.index), name=self.index_name)
        extra = {"note": [f"n{n}" for n in range(len(self.orders))]} if self.note else None
        return frame_pair(list(self.orders), list(self.customers), self.tier_dtype, index,
                          extra=extra)

    def __repr__(self) -> str:
        index = "" if self.index is None else f", index {list(self.index)} named {self.index_name!r}"
        note = ", with a note column" if self.note else ""
        return (f"orders (order_id, customer_id, total): {list(self.orders)}{index}{note}; "
                f"customers (customer_id, tier as {self.tier_dtype}): {list(self.customers)}")


@st.composite
def months(draw) -> Month:
    note = draw(st.booleans())
    ids = WIDE_IDS if note else CUSTOMER_IDS
    customers = draw(st.lists(st.tuples(ids, TIER), max_size=6, unique_by=lambda row: row[0]))
    known = [customer_id for customer_id, _ in customers]
    owner = st.sampled_from(known) | ids if known else ids
    orders = draw(st.lists(st.tuples(st.integers(1, 40), owner, TOTALS), max_size=10))
    labels = st.one_of(st.integers(-3, 10**6), st.sampled_from(["a", "b", "é", "x y"]))
    index = draw(st.none() | st.lists(labels, min_size=len(orders), max_size=len(orders)).map(tuple))
    return Month(tuple(orders), tuple(customers),
                 draw(st.sampled_from(["str", "object", "category"])), index,
                 draw(st.sampled_from(INDEX_NAMES)), note)


def check_generated_months(ctx):
    """The starter's report on generated months, the frames passed in unchanged: sparse and repeated ids, NaN, every tier dtype, odd indexes."""
    tried = []  # (month, orders, customers): the frames each example was built into

    def both(month: Month):
        orders, customers = month.frames()
        tried.append((month, orders, customers))
        return (outcome(ctx, orders.copy(), customers.copy(), which="broken"),
                priced(ctx, (orders.copy(), customers.copy())))

    def same(want, got) -> bool:
        return difference(want, got, *tried[-1][1:]) is None

    try:
        agree(ctx, months(), both, what="price_orders(orders, customers)", same=same,
              examples=EXAMPLES)
    except CheckFailed:
        found = tried and difference(*both(tried[-1][0]), *tried[-1][1:])
        if not found:
            raise
        month, orders, customers = tried[-1]
        ctx.fail(f"on these frames (the smallest Hypothesis found; customers' tier as "
                 f"{month.tier_dtype}):\n{orders.to_string()}\n{customers.to_string()}\n"
                 f"{found.text}", *verdict(found))


# --- Python objects per row ---------------------------------------------------------------------

class ObjectsHeld(LookedAtEachLine):
    """The most of Python's small memory blocks alive at once since it was made, looked at each
    line of the learner's file, each call it makes and each return (sys.getallocatedblocks:
    one per int, str, tuple or other small object; NumPy's and pandas' arrays and hash tables
    are not among them). A dict built from a column holds an int object per customer: it
    shows while the file's next line runs, or while the call that is given the dict does.
    Under PYTHONMALLOC=malloc no block is counted, and it sees nothing."""

    def __init__(self):
        self.start = sys.getallocatedblocks()
        self.most = 0

    def look(self) -> None:
        self.most = max(self.most, sys.getallocatedblocks() - self.start)


def objects_held(ctx, frames: tuple) -> int:
    """The most Python objects one call of yours held at once beyond those alive when it
    began, with the garbage collector off during the call (so that no collection frees
    earlier garbage and hides what it made)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        held = ObjectsHeld()
        with held.watching(ctx.module("yours").__file__):
            ctx.call_sync("price_orders", *frames, timeout=BUDGET)
    finally:
        if enabled:
            gc.enable()
    return held.most


def check_no_objects_per_row(ctx):
    """No Python object made per order or customer: 3,000 customers hold as many at once as 300 (a dict or list from a column holds one per value)."""
    (few, some), (many, _), (_, more) = MEMORY_SIZES
    held, per_order, per_customer = per_added_row(ctx, objects_held, seed=30)
    ctx.record(objects_per_order=round(per_order, 2), objects_per_customer=round(per_customer, 2))
    if max(per_order, per_customer) <= OBJECTS_PER_ADDED_ROW:
        return
    grew, added, now = (("customer", more - some, held[2]) if per_customer >= per_order
                        else ("order", many - few, held[1]))
    column = "customers' columns" if grew == "customer" else "orders' columns"
    ctx.fail(f"price_orders held at most {held[0]:,} Python objects at once beyond those alive "
             f"before it for {few:,} orders by {some:,} customers, and {now:,} once {added:,} "
             f"{grew}s were added: {max(per_order, per_customer):.2f} per {grew} "
             f"(sys.getallocatedblocks, looked at each line of your file and each call it "
             f"makes; whole-column fixes hold the same few hundred at every size)",
             f"a Python object per {grew} is a column turned into Python values on every "
             f"report: a dict, list or set built from {column} (dict(zip(...)), to_dict(), "
             "tolist(), set()) holds an int object for every id, and a pandas column made "
             "from a NumPy array of strings (dtype '<U...') a str object for every value, each "
             "some 30 to 60 bytes plus the time to make it: at a million customers a dict of "
             "their tiers takes about 100 MB more, and some ten times the time of the whole "
             "report done on whole columns, which look the ids up in the int64 column as it "
             "is. No count of lines shows it: tolist(), dict() and pandas' conversions step "
             "through the values in compiled code",
             "give pandas the column or Series itself: `orders['customer_id'].map(customers"
             ".set_index('customer_id')['tier'])` looks every order up in pandas' own hash "
             "table, and so do merge and isin")


# --- a month too big to chunk ------------------------------------------------------------------

def whole_columns(orders: pd.DataFrame, customers: pd.DataFrame) -> pd.DataFrame:
    """The check's own reference for a month too big for the starter's loop: the contract's
    rules on whole columns (checked against the starter on a small month first)."""
    tier = orders["customer_id"].map(customers.set_index("customer_id")["tier"])
    total = orders["total"]
    discount = np.select([(tier == "gold").to_numpy(bool), (tier == "silver").to_numpy(bool),
                          (total >= 1000).to_numpy()],
                         [np.where(total >= 500, 0.15, 0.10), 0.05, 0.02], default=0.0)
    spent = total.groupby(orders["customer_id"]).transform("sum")
    return orders.assign(discount=discount, to_pay=total * (1 - discount),
                         share=(total / spent).where(spent != 0))


def big_month(count: int) -> tuple[pd.DataFrame, pd.DataFrame]:
    """``count`` orders by four customers in turn (BIG_IDS: gold, silver, standard, and one
    missing from customers), totals 250, 500, ... 1,250 in turn and NaN every 7th: each
    customer's orders run from the first rows to the last, and every rule is met. Built on
    whole arrays, some 20 ms for a million orders."""
    row = np.arange(count)
    total = 250.0 * (1 + row % 5)
    total[row % 7 == 3] = np.nan
    orders = pd.DataFrame({"order_id": row + 900_000, "customer_id": BIG_IDS[row % 4],
                           "total": total})
    customers = pd.DataFrame({"customer_id": BIG_IDS[:3],
                              "tier": pd.Series(["gold", "silver", "standard"], dtype="str")})
    return orders, customers


def big_report(orders: pd.DataFrame, customers: pd.DataFrame) -> pd.DataFrame:
    """The report on big_month's frames without pricing a million orders twice: its discounts
    repeat every BIG_PERIOD rows (whole_columns on those), and each customer's sum is a
    bincount (NaN skipped; the totals are whole numbers, so every sum is exact)."""
    head = whole_columns(orders.iloc[:BIG_PERIOD], customers)
    discount = np.resize(head["discount"].to_numpy(), len(orders))
    total = orders["total"].to_numpy()
    turn = np.arange(len(orders)) % len(BIG_IDS)
    spent = np.bincount(turn, weights=np.nan_to_num(total))[turn]
    return orders.assign(discount=discount, to_pay=total * (1 - discount), share=total / spent)


def check_whole_month(ctx):
    """A month of 2,097,153 orders in one call, priced as a small one: each share is of all its customer spent, not of a part, in float64."""
    for small, rules in ((month_of_orders(60, 15, seed=12), whole_columns),
                         (big_month(BIG_PERIOD + 7), big_report)):  # past one period
        if difference(starter(ctx, *small), rules(*small), *small):
            raise AssertionError("the check's reference no longer agrees with the starter")
    orders, customers = big_month(BIG)
    got = outcome(ctx, orders, customers, timeout=BUDGET)
    found = difference(big_report(orders, customers), got, orders, customers,
                       theirs="the rules'")
    if not found:
        return
    sums, parts, one_go = "", "", ""
    meaning, nudge = verdict(found)
    if found.kind == "values" and all(  # discount, to_pay and share all float32 numbers
            np.array_equal(column, column.astype(np.float32).astype(np.float64), equal_nan=True)
            for column in (got[name].to_numpy() for name in NEW)):
        meaning = ("discount, to_pay and share are float64 at every size, and every value of "
                   "yours in them is a float32 number (a float64 that float32 holds exactly, as "
                   "0.15 is not): the arithmetic ran in float32, which keeps some 7 significant "
                   "digits, so a month this size priced in float32 (to halve its memory) "
                   "disagrees with the same orders priced in a small call, and every size the "
                   "other checks use is small")
        nudge = ("compute in float64 at every size (the totals as they come, orders[\"total\"], "
                 "are float64; no astype(np.float32) or dtype=np.float32): a month of 2 million "
                 "orders needs some 16 MB for each float64 column, not worth a wrong digit")
    elif found.column == "share":
        parts = (". A month priced in parts (chunks of rows) sums each customer over one part "
                 "only, and every size the other checks use fits in one part")
        one_go = ("; price the month in one go: whole-column operations on a million rows take "
                  "a fraction of a second and some tens of megabytes")
        per_customer = got["share"].groupby(orders["customer_id"]).sum()
        per_customer = per_customer[per_customer.round(9) != 1.0]
        whose = "customers'" if len(per_customer) > 1 else "customer's"
        sums = (f"; {len(per_customer):,} {whose} shares do not add up to 1 (customer "
                f"{per_customer.index[0]}: {per_customer.iloc[0]:.6g})" if len(per_customer) else "")
    ctx.fail(f"on a month of {BIG:,} orders by {orders['customer_id'].nunique():,} customers in "
             "turn, one of them missing from customers (the starter's loop would take an hour or more; "
             f"compared with the rules on whole columns): {found.text}{sums}",
             meaning + parts, nudge + one_go)


# --- what the file leaves behind: NumPy's error handling, warnings, pandas' options, threads ------

def pandas_options() -> dict:
    """Every pandas option's value now, by name (pd.options walked: display.*, compute.*,
    future.*, mode.*, ...); deprecated ones read without their warning."""
    found = {}

    def walk(node, prefix: str) -> None:
        for key in dir(node):
            value = getattr(node, key)
            if isinstance(value, type(pd.options)):
                walk(value, f"{prefix}{key}.")
            else:
                found[prefix + key] = value

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        walk(pd.options, "")
    return found


# Taken when this module loads, before the learner's file is imported (coursekit.runner loads the
# check first): what importing the file and calling it may change must be as found.
ERRORS_AT_START = np.geterr()  # this process's NumPy error handling before the learner's file loads
OPTIONS_AT_START = pandas_options()
THREADS_AT_START = frozenset(threading.enumerate())
# The warnings filters a second import of the learner's file starts from: a filter no one else
# writes, so that any filterwarnings, simplefilter or resetwarnings at import changes the list.
IMPORT_FILTER = "coursekit: the warnings filters before the file was imported"


def filter_text(entry: tuple) -> str:
    """One entry of warnings.filters as its call reads: 'ignore' for FutureWarning ..."""
    action, message, category, module, line = entry
    return (f"{action!r} for {getattr(category, '__name__', category)}"
            + (f" matching {message.pattern!r}" if message is not None else "")
            + (f" from modules {module.pattern!r}" if module is not None else "")
            + (f" at line {line}" if line else ""))


def imported_again(ctx) -> tuple[dict, list, list]:
    """What importing the learner's file once more, here, changes: NumPy's error handling
    (changed_since's {kind: (was, now)}) and the warnings filters (entries added, removed).
    The runner imported it before the checks' event loop began, in a context of its own
    (asyncio.Runner copies the context when entered), and NumPy's error state is a context
    variable, so what that import changed is not seen in the checks; and a filter the first
    import installed is in the list already, where a second filterwarnings only moves it. So
    this import starts from ERRORS_AT_START and from a list of one filter of the check's own,
    and both are put back afterwards. The copy first loaded stays the one the checks call."""
    kept, again = ctx.modules.pop("yours"), None
    try:
        with np.errstate(**ERRORS_AT_START), warnings.catch_warnings():
            warnings.resetwarnings()
            warnings.filterwarnings("default", message=IMPORT_FILTER)
            before = list(warnings.filters)
            again = ctx.module("yours")
            changed, after = changed_since(ERRORS_AT_START), list(warnings.filters)
    finally:
        ctx.modules["yours"] = kept
        if again is not None:
            sys.modules.pop(again.__name__, None)
    return (changed, [entry for entry in after if entry not in before],
            [entry for entry in before if entry not in after])


def warned(ctx, frames, which: str) -> list[tuple[type, str]]:
    """The warnings one call of price_orders emits, of every category (NumPy's floating-point
    RuntimeWarnings, pandas' and NumPy's DeprecationWarnings and FutureWarnings, ...): their
    categories and texts."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        ctx.call_sync("price_orders", *frames(), which=which)
    return [(item.category, str(item.message)) for item in caught]


def warning_text(category: type, text: str) -> str:
    """A warning as the learner can look it up: Pandas4Warning (a DeprecationWarning): The copy
    keyword is deprecated ..."""
    kinds = [kind.__name__ for kind in (DeprecationWarning, FutureWarning, PendingDeprecationWarning)
             if issubclass(category, kind) and category is not kind]
    return (f"{category.__name__}{f' (a {kinds[0]})' if kinds else ''}: "
            f"{text if len(text) <= 120 else text[:117] + '...'}")


ERRSTATE = ("silence the 0/0 with `with np.errstate(divide='ignore', invalid='ignore'):` around "
            "the division (NumPy's setting, for this thread and these lines only), or divide "
            "only where the sum is not 0 (Series.where, or np.divide with where= and "
            "out=np.full(len(total), np.nan): without out=, the places it skips hold whatever "
            "was in memory), or let pandas divide (it warns about nothing)")


def check_process_state(ctx):
    """Your file, imported and called, leaves the threads, pandas' options, NumPy's error handling and the warnings filters as found (during the call too), and warns about nothing the starter doesn't."""
    frames = AWKWARD[2][1]  # customers whose orders total 0 or NaN: a 0/0 to silence, if divided
    left = [thread for thread in threading.enumerate()
            if thread not in THREADS_AT_START and thread.is_alive()]
    ctx.expect(not left,
               f"after the calls of these checks had returned, {len(left)} thread"
               f"{' was' if len(left) == 1 else 's were'} still running that "
               f"{'was' if len(left) == 1 else 'were'} not before your file was imported: "
               + ", ".join(f"{thread.name!r}" for thread in left[:3]),
               "a thread left running outlives the report: a ThreadPoolExecutor made at the top "
               "of the file starts its workers at the first submit and keeps them, idle, for as "
               "long as the process runs (and a module reloaded, as Jupyter's autoreload does, "
               "makes one more pool each time), where the caller can neither see nor stop them; "
               "nothing in this report needs a thread: whole-column operations take "
               "milliseconds in the caller's own",
               "compute in the calling thread; if you do use a pool, make it inside the call, "
               "`with ThreadPoolExecutor() as pool:`, which waits for its threads and ends them "
               "on the way out")
    now = pandas_options()
    options = {key: (OPTIONS_AT_START.get(key), now.get(key))
               for key in sorted(OPTIONS_AT_START.keys() | now.keys())
               if OPTIONS_AT_START.get(key) != now.get(key)}
    ctx.expect(not options,
               "since your file was imported, pandas' options differ: "
               + ", ".join(f"{key} {was!r} → {now!r}" for key, (was, now) in options.items()),
               "pandas' options (pd.set_option, pd.options.x = ...) belong to the whole "
               "process, not to price_orders: one set at the top of the file, or in the call "
               "and never put back, changes how the caller's own pandas code computes and "
               "shows its data from then on (compute.* picks the engines its arithmetic runs "
               "on, future.* and mode.* change results and dtypes, display.* what its logs "
               "print)",
               "leave pandas' options alone: this report needs none (for a display setting "
               "while you explore, `with pd.option_context(...):` around the print, in your "
               "notebook)")
    numpy_meaning = ("np.seterr (or an np.errstate never exited) changes NumPy's error handling "
                     "for everything the caller's thread runs after it (its context), not for "
                     "price_orders alone: the caller's code then stops hearing about divisions "
                     "by zero, or an np.seterr(all='raise') it set to catch bad data is switched "
                     "off")
    numpy_nudge = ("to silence a warning you expect, scope it to those lines: `with "
                   "np.errstate(divide='ignore', invalid='ignore'):` puts the caller's settings "
                   "back on the way out; or divide only where the sum is not 0 (Series.where, "
                   "or np.divide with where= and out=np.full(len(total), np.nan): without out=, "
                   "the places it skips hold whatever was in memory), or let pandas divide (it "
                   "warns about nothing)")
    changed, added, removed = imported_again(ctx)
    ctx.expect(not changed,
               "importing your file changed NumPy's error handling of the code that imported "
               f"it: {described(changed)} (the check imported it once more to see this)",
               "np.seterr at the top of a module runs once, when the caller imports it, and "
               "changes NumPy's error handling of the importing thread (its context) for "
               "good, the caller's own code included, not for price_orders: the caller then "
               "stops hearing about divisions by zero and invalid operations anywhere. (The "
               "check also calls price_orders with the caller's settings, NumPy's defaults: "
               "what the top of your file sets does not silence that call's warnings)",
               "remove np.seterr from the top of the file; " + numpy_nudge)
    ctx.expect(not added and not removed,
               "importing your file changed the process's warnings filters: "
               + "; ".join([f"{filter_text(entry)} added" for entry in added[:2]]
                           + (["the filters there before removed (warnings.resetwarnings, "
                               "or filters.clear())"] if removed else []))
               + " (the check imported it once more to see this), and nothing puts the "
               "filters back",
               "warnings.filters is one list for the whole process: a filter installed when "
               "the module is imported stays for as long as the process runs, and hides that "
               "warning from the caller and from every other thread (a FutureWarning is how "
               "pandas announces a change that will break the caller's code; a RuntimeWarning, "
               "bad data). (The check calls price_orders with the caller's filters: what the "
               "top of your file installs does not silence that call's warnings)",
               "remove the filter from the top of the file: fix what causes the warning, or "
               "for NumPy's 0/0, " + ERRSTATE)
    changed = changed_since(ERRORS_AT_START)
    ctx.expect(not changed, "once your file was loaded and price_orders called, NumPy's error "
               f"handling in the calling thread had changed: {described(changed)}",
               numpy_meaning, numpy_nudge)
    found = kept_under_caller(lambda: ctx.call_sync("price_orders", *frames()))
    ctx.expect(found is None, found or "", numpy_meaning + "; putting NumPy's defaults back is "
               "not putting back the caller's", numpy_nudge)
    seen = FiltersSeen()
    with seen.watching(ctx.module("yours").__file__):
        ctx.call_sync("price_orders", *frames())
    ctx.expect(seen.seen is None,
               f"on {AWKWARD[2][0]}: {seen.observed('price_orders')}",
               "warnings.filters is one list for the whole process (warnings.catch_warnings is "
               "documented as not thread-safe; only where sys.flags.context_aware_warnings is "
               "on, the default of 3.14's free-threaded build, is it kept per context): while "
               "one thread prices a month, every other "
               "thread's warnings are silenced (a web app's other requests, a thread pool's "
               "other months), and two calls that overlap put each other's filters back in the "
               "wrong order, which can leave the filter installed for good",
               ERRSTATE)
    want, got = warned(ctx, frames, "broken"), warned(ctx, frames, "yours")
    extra = [(category, text) for category, text in got if (category, text) not in want]
    other = [(category, text) for category, text in extra
             if not issubclass(category, RuntimeWarning)]
    ctx.expect(not other,
               f"on {AWKWARD[2][0]}, price_orders emitted "
               + "; ".join(sorted({warning_text(category, text) for category, text in other}))
               + ", which the starter does not give ("
               + (f"it gives {len(want)} here, none of them that one" if want else
                  "it gives none here")
               + "; both called with every warning shown, as for a caller who silenced nothing)",
               "a DeprecationWarning or FutureWarning is how pandas and NumPy announce that a "
               "keyword or a behaviour your code relies on goes away or changes in a coming "
               "version: until then every report writes it to the service's log, where "
               "warnings are errors (pytest -W error, a filterwarnings=error setting) the report "
               "raises, and after the upgrade it raises TypeError or computes something else "
               "(under pandas 3's Copy-on-Write, copy= does nothing: the keyword is only "
               "waiting to be removed)",
               "read the warning: it names the keyword or call and what to use instead; drop "
               "the keyword (copy=False, inplace=...) or call what it suggests, rather than "
               "silencing it")
    extra = [text for category, text in extra if issubclass(category, RuntimeWarning)]
    got = [text for category, text in got if issubclass(category, RuntimeWarning)]
    want = [text for category, text in want if issubclass(category, RuntimeWarning)]
    ctx.expect(not extra,
               f"on {AWKWARD[2][0]}, price_orders emitted {len(got)} RuntimeWarning"
               f"{'s' if len(got) > 1 else ''} ({'; '.join(sorted(set(extra)))}); the starter "
               f"{len(want) or 'none'} (both called with NumPy's default error handling and "
               "every warning shown, as for a caller who silenced nothing: a setting in your "
               "notebook does not reach the check's process)",
               "a sum of 0 is a case the rules name (its share is NaN), not bad data: a warning "
               "on every report that has one fills the service's log with noise that hides the "
               "real ones, and where warnings are errors (pytest -W error, a "
               "filterwarnings=error setting) the report raises instead",
               "np.where(cond, a / b, ...) still divides everywhere: divide only where the sum "
               "is not 0 (`np.divide(total, spent, out=np.full(len(total), np.nan), where=spent "
               "!= 0)`: without out=, the places it skips hold whatever was in memory; or "
               "Series.where), let pandas divide (it warns about nothing), or scope the silence "
               "to those lines with `with "
               "np.errstate(divide='ignore', invalid='ignore'):`")
    ctx.expect(caller_still_warned(),
               "after price_orders, np.sqrt(np.array([-1.0])) in the caller's own code, under "
               "np.errstate(invalid='warn'), gave no RuntimeWarning: a warnings filter your "
               "file installed silences it",
               "warnings.filterwarnings/simplefilter('ignore') changes the whole process's "
               "warnings, not price_orders': the service's own bad data now goes unreported",
               ERRSTATE)


def measure(ctx):
    orders, customers = month_of_orders(MEASURED, 30, seed=8)
    work = {}
    for which in ("broken", "yours"):
        with PythonWork(ctx.module(which).__file__) as work[which]:
            ctx.call_sync("price_orders", orders, customers, which=which, timeout=BUDGET)
    ctx.note(f"For {MEASURED} orders, Python functions entered (pandas' own included): starter "
             f"{work['broken'].calls:,}, yours {work['yours'].calls:,}; lines run in the file: "
             f"starter {work['broken'].lines:,}, yours {work['yours'].lines:,} (sys.settrace)")
    ctx.race_sync(lambda: ctx.call_sync("price_orders", orders, customers, which="broken",
                                        timeout=BUDGET),
                  lambda: ctx.call_sync("price_orders", orders, customers, timeout=BUDGET),
                  title=f"A month of {MEASURED} orders by 30 customers: median of 3 runs each")
