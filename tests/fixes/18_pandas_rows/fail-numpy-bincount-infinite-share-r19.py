"""All in NumPy: np.unique(return_inverse) for the groups, np.bincount for the sums, np.searchsorted for the tiers.

BUG: an order whose total is infinite (an overflowed import) gets a share of inf, where the
starter's total / customer's sum gives inf / inf = NaN: np.nan_to_num(total, nan=0.0) turns
NaN into 0 but also inf into the largest float (1.8e308), so the customer's sum is finite and
inf / 1.8e308 is inf. Examiners of rounds 20 and 21 wrote the same nan_to_num as a right fix. Examiner round 19 wrote it as
a correct fix (0 differences on 32 inputs, none with an infinite total); check 18 shows 4 of 8
'share' values differ on infinite totals (the starter's NaN against inf), as rounds 14 to 17's
attempts of the same kind. Otherwise right: ids stay int64, index, order and columns are kept.

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
    order_ids = orders["customer_id"].to_numpy(dtype=np.int64)
    total = orders["total"].to_numpy(dtype=np.float64)
    known = customers["customer_id"].to_numpy(dtype=np.int64)
    tier_of = customers["tier"].to_numpy(dtype=object)
    order = np.argsort(known, kind="stable")
    known, tier_of = known[order], tier_of[order]
    where = np.searchsorted(known, order_ids)
    found = where < len(known)
    found[found] = known[where[found]] == order_ids[found]
    tier_codes = np.zeros(len(order_ids), dtype=np.int8)  # 0: anyone else, 1: gold, 2: silver
    is_gold = pd.Series(tier_of).isin(["gold"]).to_numpy()
    is_silver = pd.Series(tier_of).isin(["silver"]).to_numpy()
    tier_codes[found] = np.where(is_gold, 1, np.where(is_silver, 2, 0))[where[found]]
    discount = np.where(tier_codes == 1, np.where(total >= 500, 0.15, 0.10),
                        np.where(tier_codes == 2, 0.05, np.where(total >= 1000, 0.02, 0.0)))
    _, group = np.unique(order_ids, return_inverse=True)
    sums = np.bincount(group, weights=np.nan_to_num(total, nan=0.0))
    spent = sums[group] if len(group) else np.zeros(0)
    share = np.full(len(total), np.nan)
    paid = spent != 0
    share[paid] = total[paid] / spent[paid]
    priced = orders.copy()
    priced["discount"] = discount.astype(np.float64)
    priced["to_pay"] = total * (1 - discount)
    priced["share"] = share
    return priced
