"""Wrong: guards the debug line with `log.level <= logging.DEBUG`.

BUG: with DEBUG off at the root and no level set on `reports` (the usual set-up), pformat still
runs for every order, as slow as the starter: `log.level` is the logger's own level, NOTSET (0)
unless `reports` is given one, not the effective level, so the guard is true whenever `reports`
has no level of its own. Only `reports` set to INFO or above itself skips pformat.
"""
import logging
import random
import re
from decimal import Decimal
from pprint import pformat

from line_profiler import profile  # does nothing unless kernprof (or LINE_PROFILE=1) runs

__all__ = ["build_report"]

log = logging.getLogger("reports")

ORDER = re.compile(
    r"(?P<id>\d+),(?P<day>\d{4}-\d\d-\d\d),(?P<customer>[a-z]+),"
    r"(?P<sku>[A-Z]{3}-\d{3}),(?P<quantity>\d+),(?P<unit_price>\d+\.\d\d)"
)
VAT = Decimal("0.20")
CENT = Decimal("0.01")
ZERO = Decimal("0.00")


def parse_order(line: str) -> dict:
    match = ORDER.fullmatch(line.strip())
    if match is None:
        raise ValueError(f"not an order: {line!r}")
    order = match.groupdict()
    order["id"] = int(order["id"])
    order["quantity"] = int(order["quantity"])
    order["unit_price"] = Decimal(order["unit_price"])
    return order


def price(order: dict) -> tuple[Decimal, Decimal, Decimal]:
    """Net, VAT and gross amounts of one order, VAT rounded to the cent."""
    net = order["unit_price"] * order["quantity"]
    vat = (net * VAT).quantize(CENT)
    return net, vat, net + vat


def format_row(order: dict, gross: Decimal) -> str:
    return (f"{order['id']:>6}  {order['day']:<10}  {order['customer']:<8}  "
            f"{order['sku']:<7}  {order['quantity']:>3}  {gross:>10}\n")


@profile
def build_report(lines: list[str]) -> str:
    report = f"{'order':>6}  {'day':<10}  {'customer':<8}  {'sku':<7}  {'qty':>3}  {'gross':>10}\n"
    totals = {}
    for line in lines:
        order = parse_order(line)
        net, vat, gross = price(order)
        if log.level <= logging.DEBUG:
            log.debug("priced order %s", pformat({"order": order, "net": net, "vat": vat, "gross": gross}))
        totals[order["customer"]] = totals.get(order["customer"], ZERO) + gross
        report += format_row(order, gross)
    report += "\nTotal by customer\n"
    for customer in sorted(totals):
        report += f"{customer:<8}  {totals[customer]:>12}\n"
    return report

