"""Whole-column version: pd.cut puts each total in its size band, and a (band, tier) table gives the discount.

BUG: an order with an infinite total gets the discount of an order with a NaN total: pd.cut with
right=False puts a total in [lo, hi), and the last band [1000, inf) does not contain inf itself,
so an infinite total gets no band (NaN) and is then treated like a NaN total, band 0. The
contract's totals are float64, never negative, NaN allowed: inf is allowed, and "total >= 500"
is true for it. Here gold gets 0.10 instead of 0.15, anyone else 0.0 instead of 0.02. Every
finite total (500 and 1000 exactly included) is right.

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
    # Each order's tier: a left merge on fresh indexes keeps orders' row order.
    keys = orders[["customer_id"]].reset_index(drop=True)
    tiers = customers[["customer_id", "tier"]].reset_index(drop=True)
    tier = keys.merge(tiers, on="customer_id", how="left")["tier"]
    tier = tier.to_numpy(dtype=object)
    total = orders["total"].to_numpy(dtype=float)
    gold, silver = tier == "gold", tier == "silver"
    # The size bands: [0, 500), [500, 1000), [1000, inf). A NaN total is in no band: band 0.
    band = pd.cut(total, bins=[0, 500, 1000, np.inf], right=False, labels=False)
    band = np.nan_to_num(band, nan=0).astype(int)
    rates = np.array([[0.10, 0.05, 0.00],    # band 0: gold, silver, anyone else
                      [0.15, 0.05, 0.00],    # band 1
                      [0.15, 0.05, 0.02]])   # band 2
    who = np.where(gold, 0, np.where(silver, 1, 2))
    discount = rates[band, who]
    # All each customer spent, in one groupby (NaN totals skipped by sum).
    spent = orders["total"].groupby(orders["customer_id"].to_numpy()).transform("sum").to_numpy()
    with np.errstate(divide="ignore", invalid="ignore"):
        share = np.where(spent != 0, total / spent, np.nan)
    priced = orders.copy()
    priced["discount"] = discount
    priced["to_pay"] = total * (1 - discount)
    priced["share"] = share
    return priced
