"""A left merge of only the two needed customer columns (validate="many_to_one"), conditions by np.select, share by groupby().transform.

BUG (written as a correct fix, refused by the check): orders indexed by their customer
(set_index('customer_id', drop=False): an index level and a column of one name) make
merge(on='customer_id') raise ValueError ('both an index level and a column label'), where
the contract says any index and the starter prices them.

What it meant to do: merging customers[["customer_id", "tier"]] alone adds no other column; a left merge
keeps orders' row order, and the index is put back from orders. np.select applies the rules in
the starter's order, comparing tiers exactly; NaN totals fail each >=. transform("sum") skips
NaN; share is NaN where the sum is 0. The columns are assigned on orders.copy(), so a
same-named column is replaced where it stands.

Verified: scratch/v18.py: assert_frame_equal with the starter on the same awkward cases as
pass-numpy-codes; inputs unchanged.

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
    tier = orders[["customer_id"]].merge(
        customers[["customer_id", "tier"]], on="customer_id", how="left",
        validate="many_to_one")["tier"].to_numpy()
    total = orders["total"].to_numpy(dtype=float)
    with np.errstate(invalid="ignore"):
        discount = np.select(
            [(tier == "gold") & (total >= 500), tier == "gold", tier == "silver", total >= 1000],
            [0.15, 0.10, 0.05, 0.02],
            default=0.0,
        ).astype(float)
    spent = orders["total"].groupby(orders["customer_id"]).transform("sum").to_numpy()
    priced = orders.copy()
    priced["discount"] = discount
    priced["to_pay"] = total * (1 - discount)
    with np.errstate(divide="ignore", invalid="ignore"):
        priced["share"] = np.where(spent != 0, total / spent, np.nan)
    return priced
