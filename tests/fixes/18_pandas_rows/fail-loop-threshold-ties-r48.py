"""Attempt: whole columns, then the starter's rule again for totals exactly on a threshold.

BUG: "float comparisons at 500 and 1,000 are risky", so every order whose total is exactly
500 or 1,000 is repriced in a Python loop with the starter's discount_for: real months are
full of round totals, and each of those orders costs Python lines again. Results are right.

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


def price_orders(orders: pd.DataFrame, customers: pd.DataFrame) -> pd.DataFrame:
    tier = orders[["customer_id"]].reset_index(drop=True).merge(
        customers[["customer_id", "tier"]].reset_index(drop=True), how="left",
        on="customer_id", validate="many_to_one")["tier"]

    gold, silver = tier.eq("gold").to_numpy(), tier.eq("silver").to_numpy()
    total = orders["total"]
    discount = np.select([gold, silver, total >= 1000],
                         [np.where(total >= 500, 0.15, 0.10), 0.05, 0.02], default=0.0)
    values = total.to_numpy()
    for i in np.flatnonzero((values == 500) | (values == 1000)):  # the edges, exactly as before
        discount[i] = discount_for(tier.iat[i], values[i])
    spent = total.groupby(orders["customer_id"]).transform("sum")
    return orders.assign(discount=discount, to_pay=total * (1 - discount), share=total / spent)
