"""A left merge of the whole customers table onto the orders, index put back with set_axis, rules and groupby on the merged frame.

BUG: when customers has a column that orders has too (a lifetime 'total', say) or orders already
has a 'tier' of its own, the report raises KeyError: merging every column of customers makes
names collide, pandas renames both to total_x/total_y or tier_x/tier_y, and joined['total'] or
joined['tier'] is gone. The contract: both frames may have other columns.

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


def discount_for(tier, total: float) -> float:
    if tier == "gold":
        return 0.15 if total >= 500 else 0.10
    elif tier == "silver":
        return 0.05
    elif total >= 1000:
        return 0.02
    else:
        return 0.0


def price_orders(orders: pd.DataFrame, customers: pd.DataFrame) -> pd.DataFrame:
    # Join the customers on, keep the orders' own index, and compute on the joined frame.
    joined = orders.merge(customers, on="customer_id", how="left").set_axis(orders.index)
    tier, total = joined["tier"], joined["total"]
    discount = np.select([tier.eq("gold"), tier.eq("silver"), total >= 1000],
                         [np.where(total >= 500, 0.15, 0.10), 0.05, 0.02], default=0.0)
    spent = joined.groupby("customer_id")["total"].transform("sum")
    return orders.assign(discount=discount.astype(float),
                         to_pay=(total * (1 - discount)).astype(float),
                         share=(total / spent.where(spent != 0)).astype(float))
