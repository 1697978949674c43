"""pd.factorize + np.bincount for the sums, reindex for the tiers, Series.where/mask for the rules.

Otherwise correct: Everything on exact int64 arrays: the tiers by reindexing a Series of the
customers' tiers on the orders' ids; the discount by masked assignment in rising order of
precedence (anyone else, silver, gold, gold from 500); each customer's sum from pd.factorize
codes and one np.bincount with NaN weighted as 0; the share by np.divide into a NaN-filled
array where the sum is not 0; assign keeps orders' own index and columns.

BUG: an order with an infinite total gets a share of inf where the starter's is NaN (inf / inf):
np.nan_to_num does more than zero the NaN totals, it also turns an infinite total into the
largest finite float (1.8e308), so that customer "spent" 1.8e308. Totals are float64,
never negative: inf is within the contract. Every finite month is right (was labelled pass-
until examiner round 9 found inf).

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
    ids = orders["customer_id"].to_numpy()  # int64, exact
    total = orders["total"].to_numpy(dtype="float64")
    # The tier of every order: customers keyed by id, looked up for all orders at once.
    by_id = pd.Series(customers["tier"].to_numpy(dtype=object), index=customers["customer_id"].to_numpy())
    tier = by_id.reindex(ids).to_numpy()
    gold, silver = tier == "gold", tier == "silver"
    big, large = total >= 500, total >= 1000  # NaN: False, as in the if
    discount = np.zeros(len(total))
    discount[~gold & ~silver & large] = 0.02
    discount[silver] = 0.05
    discount[gold] = 0.10
    discount[gold & big] = 0.15
    # Each customer's sum: a code per distinct id, then one weighted count.
    codes, uniques = pd.factorize(ids)
    sums = np.bincount(codes, weights=np.nan_to_num(total, nan=0.0), minlength=len(uniques))
    spent = sums[codes]
    share = np.full(len(total), np.nan)
    np.divide(total, spent, out=share, where=spent != 0)
    return orders.assign(discount=discount, to_pay=total * (1 - discount), share=share)
