"""Orders' index parked in a column with reset_index(names="__row__"), put back by assignment.

BUG: on orders with a MultiIndex the report raises IndexError (list index out of range):
reset_index(names="__row__") names one level only, and a MultiIndex (region, order no., as
set_index(["region", "no"]) or a groupby of two keys leaves it) has two. The contract allows
any index and the starter prices these orders. Every single-level index works (RangeIndex,
repeated labels, a DatetimeIndex with its freq, an index named customer_id), since
priced.index = orders.index puts the caller's own index object back.

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
    flat = orders.reset_index(names="__row__")  # merge renumbers rows: keep ours aside
    tier = flat[["customer_id"]].merge(
        customers[["customer_id", "tier"]].reset_index(drop=True), how="left",
        on="customer_id", validate="many_to_one")["tier"]
    gold, silver = tier.eq("gold").to_numpy(), tier.eq("silver").to_numpy()
    total = flat["total"]
    discount = np.select([gold, silver, total >= 1000],
                         [np.where(total >= 500, 0.15, 0.10), 0.05, 0.02], default=0.0)
    spent = total.groupby(flat["customer_id"]).transform("sum")
    priced = flat.assign(discount=discount, to_pay=total * (1 - discount), share=total / spent)
    priced = priced.drop(columns="__row__")
    priced.index = orders.index
    return priced
