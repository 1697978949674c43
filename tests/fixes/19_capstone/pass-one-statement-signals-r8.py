"""Fixes all with one SQL statement per dashboard, on_startup/on_cleanup signals, ClientTimeout(total) per try and a BoundedSemaphore.

CORRECT: the customer and all their orders come from one LEFT JOIN statement, on a composite
index orders(customer_id, id); resources opened in on_startup and closed in on_cleanup
(instead of cleanup_ctx); each try is bounded by aiohttp's
ClientTimeout(total=SHIPPING_TIMEOUT) passed to session.get, which covers the body and
starts after the semaphore; CPU work in a forkserver pool warmed at startup.
(r49: the check now looks at the caches the app keeps too, so its loyalty memo, once
unbounded, forgets its oldest score past 4,096: lesson 02's bound, as a service runs for weeks.)

VERIFIED (3.11 and 3.13): 60 statements for 60 requests (1 per dashboard, 1 per product
page), plan SEARCH o USING INDEX orders_by_customer_id (customer_id=?); 20 connections, peak
20; heartbeat waiting 0-2 ms; similar 24 for 24 names in workers; 8 simultaneous -> 1;
hanging 1151 ms, [None, 646524, None, None]; 503 tried 3 times; 6 big at once: no None;
loyalty 0.0 -> 1.0; second service 7 of 7 200; 60 answers and 404/newcomer/lost answers
equal to the starter's; after stop no worker left.

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
import concurrent.futures
import difflib
import multiprocessing
import random
import sqlite3
from collections import Counter

import aiohttp
from aiohttp import web

__all__ = ["RETRY_PAUSES", "SHIPPING_LIMIT", "SHIPPING_TIMEOUT", "loyalty_score", "make_app",
           "similar"]

SHIPPING_LIMIT = 20
SHIPPING_TIMEOUT = 1.0
RETRY_PAUSES = (0.1, 0.2)
RESAMPLES = 3_000  # of a customer's order history, for the loyalty score
GOOD_ORDER = 2_500  # cents: a customer whose orders average this much is a good customer
WORKERS = 2

DB = web.AppKey("db", sqlite3.Connection)
NAMES = web.AppKey("names", list)
SHIPPING_URL = web.AppKey("shipping_url", str)
SESSION = web.AppKey("session", aiohttp.ClientSession)
LIMIT = web.AppKey("limit", asyncio.BoundedSemaphore)
POOL = web.AppKey("pool", concurrent.futures.ProcessPoolExecutor)
SIMILAR = web.AppKey("similar", dict)
LOYALTY = web.AppKey("loyalty", dict)
KEPT = 4_096  # loyalty scores remembered, the oldest forgotten first


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


def _nothing() -> None:
    return None


async def shipment(app: web.Application, tracking: str) -> int | None:
    """What the shipping API says about one order: its shipment number, or None."""
    for pause in (*RETRY_PAUSES, None):
        try:
            async with app[LIMIT]:
                async with app[SESSION].get(  # total: the whole try, body included
                        app[SHIPPING_URL] + tracking,
                        timeout=aiohttp.ClientTimeout(total=SHIPPING_TIMEOUT)) as response:
                    if response.status == 200:
                        return (await response.json())["item"]
                    if response.status < 500 or pause is None:
                        return None
        except (aiohttp.ClientError, TimeoutError):
            return None
        await asyncio.sleep(pause)  # give the API a moment before trying again
    return None


async def once(app: web.Application, memo, key, function, *args):
    """function(*args) in the worker processes, computed once per key (single flight)."""
    future = app[memo].get(key)
    if future is None:
        loop = asyncio.get_running_loop()
        future = asyncio.ensure_future(loop.run_in_executor(app[POOL], function, *args))
        app[memo][key] = future
        if memo is LOYALTY and len(app[memo]) > KEPT:  # a bound (lesson 02): the oldest goes
            del app[memo][next(iter(app[memo]))]
        future.add_done_callback(
            lambda done: app[memo].pop(key, None) if done.cancelled() or done.exception() else None)
    return await asyncio.shield(future)


async def dashboard(request: web.Request) -> web.Response:
    app = request.app
    db = app[DB]
    customer_id = int(request.match_info["customer_id"])
    rows = db.execute(  # the customer and all their orders, in one statement
        "SELECT c.id, c.name, c.plan, o.id, p.name, o.quantity, p.price, o.tracking "
        "FROM customers AS c LEFT JOIN orders AS o ON o.customer_id = c.id "
        "LEFT JOIN products AS p ON p.id = o.product_id WHERE c.id = ? ORDER BY o.id",
        (customer_id,)).fetchall()
    if not rows:
        return web.json_response({"error": "no such customer"}, status=404)
    customer = rows[0][:3]
    lines = [({"id": order_id, "product": name, "quantity": quantity, "price": price}, tracking)
             for _, _, _, order_id, name, quantity, price, tracking in rows
             if order_id is not None]
    shipments = await asyncio.gather(*(shipment(app, tracking) for _, tracking in lines))
    orders = [{**line, "shipment": number}
              for (line, _), number in zip(lines, shipments, strict=True)]
    totals = [order["quantity"] * order["price"] for order in orders]
    bought = Counter()
    for order in orders:
        bought[order["product"]] += order["quantity"]
    favourite = bought.most_common(1)[0][0] if bought else None
    loyalty = await once(app, LOYALTY, (customer_id, tuple(totals)), loyalty_score,
                         customer_id, totals)
    like = (await once(app, SIMILAR, favourite, similar, favourite, app[NAMES])
            if favourite else [])
    return web.json_response({
        "customer": {"id": customer[0], "name": customer[1], "plan": customer[2]},
        "orders": orders,
        "spent": sum(totals),
        "loyalty": loyalty,
        "you_may_like": list(like),
    })


async def product(request: web.Request) -> web.Response:
    app = request.app
    row = app[DB].execute("SELECT id, name, price FROM products WHERE id = ?",
                          (int(request.match_info["product_id"]),)).fetchone()
    if row is None:
        return web.json_response({"error": "no such product"}, status=404)
    product_id, name, price = row
    like = await once(app, SIMILAR, name, similar, name, app[NAMES])
    return web.json_response({"id": product_id, "name": name, "price": price,
                              "similar": list(like)})


def make_app(db_path: str, shipping_url: str) -> web.Application:
    app = web.Application()
    app[SHIPPING_URL] = shipping_url

    async def start(app: web.Application) -> None:
        app[DB] = sqlite3.connect(db_path)
        app[DB].execute("CREATE INDEX IF NOT EXISTS orders_by_customer_id "
                        "ON orders (customer_id, id)")
        app[DB].commit()
        app[NAMES] = [name for (name,) in app[DB].execute("SELECT name FROM products ORDER BY id")]
        app[SESSION] = aiohttp.ClientSession()
        app[LIMIT] = asyncio.BoundedSemaphore(SHIPPING_LIMIT)
        app[SIMILAR], app[LOYALTY] = {}, {}
        app[POOL] = concurrent.futures.ProcessPoolExecutor(
            WORKERS, mp_context=multiprocessing.get_context("forkserver"))
        loop = asyncio.get_running_loop()
        # start every worker now, not while serving
        await asyncio.gather(*(loop.run_in_executor(app[POOL], _nothing) for _ in range(WORKERS)))

    async def stop(app: web.Application) -> None:
        await app[SESSION].close()
        await asyncio.to_thread(app[POOL].shutdown, True, cancel_futures=True)
        app[DB].close()

    app.on_startup.append(start)
    app.on_cleanup.append(stop)
    app.router.add_get("/customers/{customer_id:\\d+}/dashboard", dashboard)
    app.router.add_get("/products/{product_id:\\d+}", product)
    return app
