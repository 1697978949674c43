"""A shop's month of orders and its customers, as pandas DataFrames (lesson 18).

The notebook times and counts the starter on these, and the checks run every attempt
on them: the same rows for the same arguments. Like a real export, they are untidy:
customer ids are sparse and shuffled, a few orders are not invoiced yet (total NaN),
a few belong to customers no longer in the customers table, some customers have no
tier. With ``orders >= customers`` every customer has at least one order.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

TIERS = ("gold", "silver", "standard")
TIER_WEIGHTS = (0.15, 0.25, 0.55)  # the remaining 5%: no tier recorded
FIRST = ("Ada", "Grace", "Alan", "Edsger", "Barbara", "Ken", "Zoë", "Søren", "O'Neil", "Li")
LAST = ("Lovelace", "Hopper", "Turing", "Dijkstra", "Liskov", "Thompson", "Ünal", "Wei")


def month_of_orders(orders: int, customers: int, seed: int = 0, *, not_invoiced: float = 0.03,
                    unknown: float = 0.02) -> tuple[pd.DataFrame, pd.DataFrame]:
    """``orders`` orders of ``customers`` customers: (orders, customers) DataFrames.

    orders: order_id, customer_id (int64), total (float64, cents; NaN for about
    ``not_invoiced`` of them), in the order they were placed, RangeIndex.
    customers: customer_id (int64, unique), name, tier (pandas' default str dtype).
    About ``unknown`` of the orders name a customer who is not in ``customers``.
    """
    rng = np.random.default_rng(seed)
    ids = rng.choice(np.arange(1_000, 10_000_000), customers + 1, replace=False)
    known, gone = ids[:customers], ids[customers]
    tiers = rng.choice([*TIERS, None], customers, p=[*TIER_WEIGHTS, 1 - sum(TIER_WEIGHTS)])
    names = [f"{rng.choice(FIRST)} {rng.choice(LAST)}" for _ in range(customers)]
    table = pd.DataFrame({"customer_id": known.astype("int64"),
                          "name": pd.Series(names, dtype="str"),
                          "tier": pd.Series(tiers, dtype="str")})  # no tier: NaN
    owners = np.resize(rng.permutation(known), orders) if customers else np.full(orders, gone)
    rng.shuffle(owners)
    owners[rng.random(orders) < unknown] = gone
    totals = np.round(rng.lognormal(5.3, 0.9, orders), 2)
    totals[rng.random(orders) < not_invoiced] = np.nan
    first = int(rng.integers(100_000, 900_000))
    placed = pd.DataFrame({"order_id": np.arange(first, first + orders, dtype="int64"),
                           "customer_id": owners.astype("int64"), "total": totals})
    return placed, table
