"""Looks the tiers up by setting customer_id as the customers' index in place (no copy of the table), and resets it afterwards.

BUG: a caller whose customers frame is indexed by anything but a default RangeIndex gets it back
with its index lost (the labels replaced by 0, 1, 2...), and one whose customer_id is not the
first column gets its columns reordered: the frame is changed during the call and not put back
as it was, reset_index(inplace=True) giving it a fresh RangeIndex and customer_id back as its
first column. It looks unchanged only when customers had a default RangeIndex and customer_id
first (as month_of_orders makes it). While the call runs, another reader of customers finds no
customer_id column. And pandas 3.1 deprecates inplace= on set_index/reset_index
(Pandas4Warning): it stops working with pandas 4.

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
    customers.set_index("customer_id", inplace=True)  # a lookup by id without copying the table
    try:
        tier = orders["customer_id"].map(customers["tier"])
    finally:
        customers.reset_index(inplace=True)  # and the caller's frame as it was
    total = orders["total"]
    discount = discounts(tier, total)
    spent = total.groupby(orders["customer_id"]).transform("sum")
    return orders.assign(discount=discount, to_pay=total * (1 - discount),
                         share=(total / spent).where(spent != 0))
