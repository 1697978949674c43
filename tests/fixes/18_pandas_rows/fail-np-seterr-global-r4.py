"""Whole columns on NumPy arrays, with np.seterr(divide="ignore", invalid="ignore") to silence the 0/0 of customers who spent nothing.

BUG: after one report, the caller's own divisions by zero and invalid operations in that thread
pass silently: np.seterr changes NumPy's floating-point error handling for the calling thread
(its context) for good, and never restores it (np.errstate, a with block, would). So a caller
who had np.seterr(all="raise") to catch numerical bugs gets inf or NaN instead of
FloatingPointError, and the RuntimeWarnings the caller relied on disappear. The frame returned
is right in every case.

Lesson 18: pandas row by row.

A shop's monthly report prices every order: the discount its customer's tier and
its size earn, what is left to pay, and the order's share of all its customer spent
this month. This version walks the orders with iterrows() and, for each one, searches
the customers table for its customer and sums that customer's orders again: pandas'
Python machinery runs several times for every row. Compute the same columns with
operations on whole columns.

Public API (the check calls exactly this):

    def price_orders(orders: pd.DataFrame, customers: pd.DataFrame) -> pd.DataFrame
        `orders`: columns order_id and customer_id (int64), total (float64: NaN
        where the order is not invoiced yet, never negative), perhaps others; any
        index, any order; the same order_id may appear twice.
        `customers`: columns customer_id (int64, each once) and tier ("gold",
        "silver", "standard", another tier or missing; object, str or category
        dtype), perhaps others.
        Returns a new DataFrame: orders' columns, index and row order, followed by
        three float64 columns:
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


def discounts(tier: pd.Series, total: pd.Series) -> np.ndarray:
    """The discount rules of discount_for, on whole columns (NaN totals compare False)."""
    return np.select(
        [tier.eq("gold").to_numpy(dtype=bool), tier.eq("silver").to_numpy(dtype=bool),
         (total >= 1000).to_numpy()],
        [np.where(total >= 500, 0.15, 0.10), 0.05, 0.02],
        default=0.0,
    )


def price_orders(orders: pd.DataFrame, customers: pd.DataFrame) -> pd.DataFrame:
    tier = orders["customer_id"].map(customers.set_index("customer_id")["tier"])
    total = orders["total"]
    discount = discounts(tier, total)
    amounts = total.to_numpy()
    spent = total.groupby(orders["customer_id"]).transform("sum").to_numpy()
    np.seterr(divide="ignore", invalid="ignore")  # 0 / 0 for a customer who spent nothing
    share = np.where(spent != 0, amounts / spent, np.nan)
    return orders.assign(discount=discount, to_pay=amounts * (1 - discount), share=share)
