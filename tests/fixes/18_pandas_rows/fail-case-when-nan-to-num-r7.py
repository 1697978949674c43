"""Discount by Series.case_when on a column of zeros; each customer's sum by pd.factorize + np.bincount(weights).

Otherwise correct: case_when applies the (condition, value) pairs in order, the first that holds winning, as the
if/elif chain does; starting from a Series of 0.0 makes "anyone else" 0.0. Conditions are NumPy
arrays, so no label alignment (repeated labels are fine); NaN totals compare False. factorize
gives each order its customer's code, bincount sums the totals per code with NaN as 0, and
indexing by the codes spreads each sum back to the orders. assign keeps orders' columns, index,
order and axis names and adds three float64 columns.

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


def price_orders(orders: pd.DataFrame, customers: pd.DataFrame) -> pd.DataFrame:
    total = orders["total"]
    # Every order's tier: the customers' tiers, indexed by id, mapped over the orders' ids.
    tier = orders["customer_id"].map(customers.set_index("customer_id")["tier"]).to_numpy(dtype=object)
    is_gold, is_silver = tier == "gold", tier == "silver"
    amount = total.to_numpy(dtype="float64")
    # The if/elif chain as pandas' case_when, on a column of zeros (the "else" of the rule);
    # the first condition that holds wins, as in the if/elif.
    discount = pd.Series(0.0, index=orders.index).case_when([
        (is_gold & (amount >= 500), 0.15),
        (is_gold, 0.10),
        (is_silver, 0.05),
        (amount >= 1000, 0.02),
    ]).to_numpy(dtype="float64")
    # Each customer's sum on each of their orders, by factorized ids and a weighted bincount.
    codes, _ = pd.factorize(orders["customer_id"])
    spent = np.bincount(codes, weights=np.nan_to_num(amount, nan=0.0), minlength=codes.max(initial=-1) + 1)[codes]
    with np.errstate(invalid="ignore", divide="ignore"):
        share = np.where(spent != 0, amount / spent, np.nan)
    return orders.assign(discount=discount, to_pay=amount * (1 - discount), share=share)
