"""Attempt: whole columns for known customers, a small loop for orders of customers not in the table.

BUG: the loop runs Python lines (and pandas .loc/.at calls) once for every order whose
customer is missing from `customers`: a month of guest checkouts or deleted accounts
(say half the orders) is priced row by row again. Results are right.

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


def price_orders(orders: pd.DataFrame, customers: pd.DataFrame) -> pd.DataFrame:
    tier = orders[["customer_id"]].reset_index(drop=True).merge(
        customers[["customer_id", "tier"]].reset_index(drop=True), how="left",
        on="customer_id", validate="many_to_one")["tier"]

    gold, silver = tier.eq("gold").to_numpy(), tier.eq("silver").to_numpy()
    total = orders["total"]
    discount = np.select([gold, silver, total >= 1000],
                         [np.where(total >= 500, 0.15, 0.10), 0.05, 0.02], default=0.0)
    # "Rare" orders of customers no longer in the table: the plain rule, row by row.
    missing = ~orders["customer_id"].isin(customers["customer_id"]).to_numpy()
    values = total.to_numpy()
    for i in np.flatnonzero(missing):
        discount[i] = 0.02 if values[i] >= 1000 else 0.0
    spent = total.groupby(orders["customer_id"]).transform("sum")
    return orders.assign(discount=discount, to_pay=total * (1 - discount), share=total / spent)
