"""The function renamed: the check names the function it needs and the file.

expect: has no function `price_orders`
"""

import pandas as pd


def price(orders: pd.DataFrame, customers: pd.DataFrame) -> pd.DataFrame:
    return orders.copy()
