"""Everything fixed; one deadline per order, started when its first try is sent, shared by its retries.

BUG: an API whose 5xx takes 400 ms (a gateway timing out upstream) gets only 2 tries, and the
order shows None earlier: the deadline runs from the first try's sending, so pauses, later waits
for a permit and the earlier tries eat into the later ones. It breaks "an order the API has not
answered within SHIPPING_TIMEOUT seconds (per try)" and "3 tries in all": the deadline is per
try. With the shop's 503s (50 ms each) 3 tries fit in 0.45 s and all looks right. Verified: /tmp/exam/r11/verify/19_capstone/fail-one-deadline-all-tries-r11.py: 503 in 50 ms: starter, reference and attempt 3 tries; 503 in 400 ms: starter and reference 3 tries answered [503, 503, 503], attempt [503, 503, 499] (the third cut at once); 503 in 700 ms: starter and reference 3 tries, attempt 2 [503, 499].

fails: Every answer is the starter's, fresh orders included; a failing order is tried 3 times.
fails: Each try gets SHIPPING_TIMEOUT, no less, no more: a hanging API never holds a dashboard.

Lesson 19: capstone, the slow service.

The shop's customer dashboard, a small aiohttp web service in front of the shop's
SQLite database and the shipping company's API. Users say the dashboard is slow,
and that some dashboards never finish loading. Measure it, find out why, fix it
here, and prove it: `check(19)` runs it under load and says what is left.

HTTP API (the check sends exactly these requests):

    GET /customers/{id}/dashboard -> 200, JSON:
        {"customer": {"id": int, "name": str, "plan": str},
         "orders": [{"id": int, "product": str, "quantity": int, "price": int,
                     "shipment": int | None}, ...],       # every order, by increasing id
         "spent": int,                                    # sum of quantity * price, in cents
         "loyalty": float,          # loyalty_score(customer id, each order's quantity * price)
         "you_may_like": [str, ...]}                      # similar(favourite product's name)
        The favourite product is the one bought in the largest quantity, its quantities
        summed over the customer's orders (on a tie, the one whose first order has the
        lowest id); a customer without orders has [] there.
        404 {"error": "no such customer"} for an id no customer has.

    GET /products/{id} -> 200, JSON: {"id": int, "name": str, "price": int,
                                      "similar": similar(its name)}
        404 {"error": "no such product"} for an id no product has.

    def make_app(db_path: str, shipping_url: str) -> aiohttp.web.Application
        The service, on the database at `db_path`, asking the shipping API at
        `shipping_url`. What it opens at startup, it closes at cleanup. The database is
        the service's own: changes its tables need belong in its startup.

The database: customers(id, name, plan), products(id, name, price in cents) and
orders(id, customer_id, product_id, quantity, tracking). Orders come in all day: a
dashboard shows the orders as they are when it is asked for.

The shipping API: GET shipping_url + an order's `tracking` path answers
{"item": shipment number}, in about 100 ms. Its rules for this service:
  - at most SHIPPING_LIMIT requests at a time, from the whole service;
  - an answer with a 5xx status is tried again, after pauses of RETRY_PAUSES seconds:
    3 tries in all; any other failure is not tried again;
  - an order the API has not answered within SHIPPING_TIMEOUT seconds (per try), or
    that fails, shows "shipment": None.
"""

import asyncio
import difflib
import functools
import multiprocessing
import os
import random
import sqlite3
import sys
from collections import Counter
from concurrent.futures import ProcessPoolExecutor

import aiohttp
from aiohttp import web

__all__ = ["RETRY_PAUSES", "SHIPPING_LIMIT", "SHIPPING_TIMEOUT", "loyalty_score", "make_app",
           "similar"]

SHIPPING_LIMIT = 20
SHIPPING_TIMEOUT = 1.0
RETRY_PAUSES = (0.1, 0.2)
RESAMPLES = 3_000  # of a customer's order history, for the loyalty score
GOOD_ORDER = 2_500  # cents: a customer whose orders average this much is a good customer
WORKERS = min(4, os.cpu_count() or 1)

DB = web.AppKey("db", sqlite3.Connection)
NAMES = web.AppKey("names", tuple)
SHIPPING_URL = web.AppKey("shipping_url", str)
SESSION = web.AppKey("session", aiohttp.ClientSession)
LIMIT = web.AppKey("limit", asyncio.Semaphore)
POOL = web.AppKey("pool", ProcessPoolExecutor)


def loyalty_score(customer_id: int, totals: list[int]) -> float:
    """How sure we are that this customer's orders average GOOD_ORDER or more: the share of
    RESAMPLES bootstrap resamples of `totals` whose mean is that high. Pure, CPU-bound."""
    if not totals:
        return 0.0
    rng = random.Random(customer_id)
    count, above = len(totals), 0
    for _ in range(RESAMPLES):
        total = 0
        for _ in range(count):
            total += totals[rng.randrange(count)]
        if total >= GOOD_ORDER * count:
            above += 1
    return round(above / RESAMPLES, 4)


def similar(name: str, names: list[str]) -> list[str]:
    """The (at most) 3 names of `names` most like `name`, best first, `name` left out.
    Pure, and slow: it compares `name` with every name."""
    matches = difflib.get_close_matches(name, names, n=4, cutoff=0.5)
    return [match for match in matches if match != name][:3]


@functools.cache
def similar_cached(name: str, names: tuple[str, ...]) -> tuple[str, ...]:
    """similar(), remembered per (name, catalogue): the catalogue is part of the key."""
    return tuple(similar(name, list(names)))


async def shipment(app: web.Application, tracking: str) -> int | None:
    """What the shipping API says about one order: its shipment number, or None."""
    loop = asyncio.get_running_loop()
    deadline = None  # from when the first try is sent, not while it waits for its turn
    try:
        for pause in (*RETRY_PAUSES, None):
            async with app[LIMIT]:  # the whole service's share of the API
                if deadline is None:
                    deadline = loop.time() + SHIPPING_TIMEOUT
                async with asyncio.timeout_at(deadline):
                    async with app[SESSION].get(app[SHIPPING_URL] + tracking) as response:
                        if response.status == 200:
                            return (await response.json())["item"]
                        if response.status < 500 or pause is None:
                            return None
            await asyncio.sleep(pause)  # give the API a moment before trying again
    except (aiohttp.ClientError, TimeoutError):
        return None
    return None


async def dashboard(request: web.Request) -> web.Response:
    app = request.app
    db = app[DB]
    customer_id = int(request.match_info["customer_id"])
    customer = db.execute("SELECT id, name, plan FROM customers WHERE id = ?",
                          (customer_id,)).fetchone()
    if customer is None:
        return web.json_response({"error": "no such customer"}, status=404)
    rows = db.execute(
        "SELECT o.id, p.name, o.quantity, p.price, o.tracking"
        " FROM orders AS o JOIN products AS p ON p.id = o.product_id"
        " WHERE o.customer_id = ? ORDER BY o.id", (customer_id,)).fetchall()
    shipments = await asyncio.gather(*(shipment(app, row[4]) for row in rows))
    orders = [{"id": order_id, "product": name, "quantity": quantity, "price": price,
               "shipment": number}
              for (order_id, name, quantity, price, _), number in zip(rows, shipments, strict=True)]
    totals = [order["quantity"] * order["price"] for order in orders]
    bought = Counter()
    for order in orders:
        bought[order["product"]] += order["quantity"]
    favourite = bought.most_common(1)[0][0] if bought else None
    loop = asyncio.get_running_loop()
    loyalty = await loop.run_in_executor(app[POOL], loyalty_score, customer_id, totals)
    return web.json_response({
        "customer": {"id": customer[0], "name": customer[1], "plan": customer[2]},
        "orders": orders,
        "spent": sum(totals),
        "loyalty": loyalty,
        "you_may_like": list(similar_cached(favourite, app[NAMES])) if favourite else [],
    })


async def product(request: web.Request) -> web.Response:
    app = request.app
    row = app[DB].execute("SELECT id, name, price FROM products WHERE id = ?",
                          (int(request.match_info["product_id"]),)).fetchone()
    if row is None:
        return web.json_response({"error": "no such product"}, status=404)
    product_id, name, price = row
    return web.json_response({"id": product_id, "name": name, "price": price,
                              "similar": list(similar_cached(name, app[NAMES]))})


def make_app(db_path: str, shipping_url: str) -> web.Application:
    app = web.Application()
    app[SHIPPING_URL] = shipping_url

    async def database(app: web.Application):
        app[DB] = sqlite3.connect(db_path)
        with app[DB]:
            app[DB].execute("CREATE INDEX IF NOT EXISTS orders_customer ON orders (customer_id)")
        app[NAMES] = tuple(name for (name,) in app[DB].execute("SELECT name FROM products ORDER BY id"))
        yield
        app[DB].close()

    async def shipping(app: web.Application):
        app[LIMIT] = asyncio.Semaphore(SHIPPING_LIMIT)
        async with aiohttp.ClientSession() as app[SESSION]:
            yield

    async def workers(app: web.Application):
        # forkserver: this service runs in a thread, and fork() of a threaded process is unsafe
        context = multiprocessing.get_context("forkserver" if sys.platform == "linux" else "spawn")
        with ProcessPoolExecutor(max_workers=WORKERS, mp_context=context) as app[POOL]:
            loop = asyncio.get_running_loop()
            # every worker started now, before the first request, not while serving
            await asyncio.gather(*(loop.run_in_executor(app[POOL], loyalty_score, 0, [1] * 40)
                                   for _ in range(WORKERS)))
            yield

    app.cleanup_ctx.extend([database, shipping, workers])
    app.router.add_get("/customers/{customer_id:\\d+}/dashboard", dashboard)
    app.router.add_get("/products/{product_id:\\d+}", product)
    return app
