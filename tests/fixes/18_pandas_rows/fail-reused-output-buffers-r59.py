"""Writes the three result columns into module-level buffers reused (and grown) from call to call.

BUG: each call overwrites the discount, to_pay and share of every report returned before it:
pd.DataFrame(..., copy=False) and assign keep a NumPy array as it is, so every report's columns
are views of the module's buffers. Last month's report, kept for a comparison, silently shows
this month's figures, and two threads pricing at once write into each other's results.

Public API (the check calls exactly this):

    def price_orders(orders: pd.DataFrame, customers: pd.DataFrame) -> pd.DataFrame
        `orders`: columns order_id and customer_id (int64), total (float64: NaN
        where the order is not invoiced yet, inf where an import overflowed, never
        negative), perhaps others; any
        index, any order; the same order_id may appear twice.
        `customers`: columns customer_id (int64, each once) and tier ("gold",
        "silver", "standard", another tier or missing; object, str or category
        dtype), perhaps others.
        Returns a new DataFrame: orders' columns, index and row order, followed by
        three float64 columns (a column of orders with one of these names is
        replaced where it stands):
          discount  gold: 0.15 if total >= 500 else 0.10; silver: 0.05; anyone else
                    (another tier, no tier, a customer missing from `customers`):
                    0.02 if total >= 1000 else 0.0. A NaN total is not >= anything.
          to_pay    total * (1 - discount)
          share     total / the sum of the customer's totals in `orders` (NaN
                    totals skipped); NaN where that sum is 0
        `orders` and `customers` are left unchanged.
"""

import numpy as np
import pandas as pd

__all__ = ["price_orders"]


def discount_for(tier, total: float) -> float:
    if tier == "gold":
        return 0.15 if total >= 500 else 0.10
    elif tier == "silver":
        return 0.05
    elif total >= 1000:
        return 0.02
    else:
        return 0.0


def _tiers(orders: pd.DataFrame, customers: pd.DataFrame) -> pd.Series:
    # Every order's tier, by a Series lookup (fresh index: no name can clash).
    lookup = pd.Series(customers["tier"].to_numpy(), index=customers["customer_id"].to_numpy())
    return orders["customer_id"].map(lookup)


def _discounts(tier: pd.Series, total: np.ndarray) -> np.ndarray:
    gold = tier.eq("gold").to_numpy(dtype=bool)
    silver = tier.eq("silver").to_numpy(dtype=bool)
    return np.select([gold, silver, total >= 1000],
                     [np.where(total >= 500, 0.15, 0.10), 0.05, 0.02], default=0.0)

_buffers = np.empty((3, 0))


def price_orders(orders: pd.DataFrame, customers: pd.DataFrame) -> pd.DataFrame:
    global _buffers
    count = len(orders)
    if _buffers.shape[1] < count:  # grow once, reuse afterwards: no allocation per call
        _buffers = np.empty((3, max(count, 2 * _buffers.shape[1])))
    discount, to_pay, share = _buffers[0, :count], _buffers[1, :count], _buffers[2, :count]
    total = orders["total"].to_numpy(dtype=float)
    discount[:] = _discounts(_tiers(orders, customers), total)
    np.multiply(total, 1 - discount, out=to_pay)
    spent = pd.Series(total).groupby(orders["customer_id"].to_numpy()).transform("sum").to_numpy()
    share[:] = np.nan
    with np.errstate(invalid="ignore", divide="ignore"):
        np.divide(total, spent, out=share, where=spent != 0)
    if {"discount", "to_pay", "share"} & set(orders.columns):
        return orders.assign(discount=discount, to_pay=to_pay, share=share)
    # No copy of the three columns: the report points at the buffers.
    new = pd.DataFrame({"discount": discount, "to_pay": to_pay, "share": share},
                       index=orders.index, copy=False)
    new.columns.name = orders.columns.name
    return pd.concat([orders, new], axis=1)
