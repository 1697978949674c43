"""Whole-column NumPy: tiers as codes via Index.get_indexer, discounts by np.where, spending by np.bincount.

BUG (written as a correct fix, refused by the check): the share of an infinite total comes
out inf, where the contract's total / the sum of the customer's totals (inf / inf) is NaN,
the starter's. An overflowed import is a float64 total that is not negative, so the contract covers it.

What it meant to do: customers' ids become an Index; get_indexer gives each order its customer's row (-1
when missing), so tiers are compared with == "gold"/"silver" exactly (NaN, other tiers and
missing customers fall to the third rule; NaN totals fail every >=). Each customer's spending
is np.bincount over factorized ids with NaN totals as 0; share is NaN where it is 0. The
result is orders.copy() with the three columns assigned (replaced in place if present).

Verified: scratch/v18.py: assert_frame_equal with the starter on 2,000 random orders (NaN
totals, duplicated order ids, a non-default shuffled index, customers missing, tiers gold/
silver/standard/platinum/"Gold"/None as object, string and category dtypes, stale discount
column in the middle), empty orders too; inputs unchanged.

--- the exercise's contract ---
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


def price_orders(orders: pd.DataFrame, customers: pd.DataFrame) -> pd.DataFrame:
    total = orders["total"].to_numpy(dtype=float)
    where = pd.Index(customers["customer_id"]).get_indexer(orders["customer_id"])
    tier_of_customer = customers["tier"].astype(object).to_numpy()
    tier = np.where(where >= 0, tier_of_customer[where] if len(tier_of_customer) else None, None)
    is_gold = tier == "gold"
    is_silver = tier == "silver"
    with np.errstate(invalid="ignore"):
        discount = np.where(
            is_gold, np.where(total >= 500, 0.15, 0.10),
            np.where(is_silver, 0.05, np.where(total >= 1000, 0.02, 0.0)))
    codes, _ = pd.factorize(orders["customer_id"])
    spent = np.bincount(codes, weights=np.nan_to_num(total, nan=0.0), minlength=0)[codes] \
        if len(codes) else np.zeros(0)
    with np.errstate(divide="ignore", invalid="ignore"):
        share = np.where(spent != 0, total / np.where(spent != 0, spent, 1.0), np.nan)
    priced = orders.copy()
    priced["discount"] = discount.astype(float)
    priced["to_pay"] = total * (1 - discount)
    priced["share"] = share.astype(float)
    return priced
