"""A left merge brings every order its tier, the order's own index is put back, and the merged frame (tier dropped) is returned.

BUG: a caller whose orders has a named columns axis (orders.columns.name set, as pivot,
unstack or rename_axis(columns=...) leave it) gets a result without that name, where the
starter's result keeps it: merge builds a new frame, and its columns Index has no name. The
starter copies orders, so its result keeps it, and assert_frame_equal(starter's, this) fails with
"DataFrame.columns names are different". The index, its name and freq, the row order, the
values and the dtypes are all right.

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
    tiers = customers[["customer_id", "tier"]].rename(columns={"tier": "_tier"})  # only what we need
    priced = orders.merge(tiers, on="customer_id", how="left", validate="many_to_one")
    priced.index = orders.index  # merge numbers its rows 0, 1, 2...: put the orders' index back
    total = priced["total"]
    discount = discounts(priced["_tier"], total)
    spent = total.groupby(priced["customer_id"]).transform("sum")
    priced["discount"] = discount
    priced["to_pay"] = total * (1 - discount)
    priced["share"] = (total / spent).where(spent != 0)
    return priced.drop(columns="_tier")
