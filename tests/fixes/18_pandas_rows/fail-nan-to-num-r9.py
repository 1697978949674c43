"""Whole-column version with NumPy: tier codes into a rate table, and each customer's spending by np.bincount over np.nan_to_num(total) (NaN totals skipped).

BUG: an order with an infinite total gets a share of inf where the starter's is NaN (inf/inf):
np.nan_to_num does more than skip NaN, it also replaces inf with the largest finite float
(1.8e308), so that customer "spent" 1.8e308 instead of inf. The contract's totals are float64, never negative, NaN allowed; inf is not excluded, and the starter's sum keeps it. Every finite month is right, to the last digit.

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


def price_orders(orders: pd.DataFrame, customers: pd.DataFrame) -> pd.DataFrame:
    # Each order's tier by category codes: gold -> 0, silver -> 1, anything else -> -1.
    lookup = pd.Series(customers["tier"].to_numpy(dtype=object),
                       index=customers["customer_id"].to_numpy())
    found = lookup.reindex(orders["customer_id"].to_numpy()).to_numpy(dtype=object)
    codes = pd.Categorical(found, categories=["gold", "silver"]).codes
    total = orders["total"].to_numpy(dtype=float)
    big = (total >= 500).astype(int) + (total >= 1000).astype(int)  # 0, 1 or 2; NaN: 0
    # rows: band; columns: code 0 (gold), 1 (silver), -1 (anyone else: the last column)
    rates = np.array([[0.10, 0.05, 0.00], [0.15, 0.05, 0.00], [0.15, 0.05, 0.02]])
    discount = rates[big, codes]
    # All each customer spent, in one groupby (NaN totals skipped by sum).
    ids, where = np.unique(orders["customer_id"].to_numpy(), return_inverse=True)
    sums = np.bincount(where.ravel(), weights=np.nan_to_num(total, nan=0.0), minlength=len(ids))
    spent = sums[where.ravel()]
    with np.errstate(divide="ignore", invalid="ignore"):
        share = np.where(spent != 0, total / spent, np.nan)
    priced = orders.copy()
    priced["discount"] = discount
    priced["to_pay"] = total * (1 - discount)
    priced["share"] = share
    return priced
