"""Bounds the shipping API with SHIPPING_LIMIT long-lived shipper tasks fed by an asyncio.Queue, products fetched with one IN (...) query, loyalty in an LRU of futures.

CORRECT: only the 20 shipper tasks ever call the API, so at most 20 requests are in flight
from the whole service; each try's deadline starts when a shipper sends it; retry pauses
happen in the caller, not holding a shipper; a try whose dashboard went away is skipped. 3
statements per dashboard (customer, orders via index, products IN list), CPU in a warmed
process pool, similar and loyalty remembered with one computation per key, shippers
cancelled and pool shut at cleanup.

--- The exercise's docstring ---

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
        The favourite product is the one bought in the largest quantity (on a tie, the one
        of the lowest order id); a customer without orders has [] there.
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
import os
import random
import sqlite3
import time
from collections import Counter, OrderedDict
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
WORKERS = 2  # worker processes for the CPU-bound parts

DB = web.AppKey("db", sqlite3.Connection)
NAMES = web.AppKey("names", list)
SHIPPING_URL = web.AppKey("shipping_url", str)
SESSION = web.AppKey("session", aiohttp.ClientSession)
JOBS = web.AppKey("jobs", asyncio.Queue)  # tries waiting for one of the shippers
SHIPPERS = web.AppKey("shippers", list)  # SHIPPING_LIMIT tasks: the only ones that call the API
POOL = web.AppKey("pool", ProcessPoolExecutor)
SIMILAR = web.AppKey("similar", dict)  # name -> future of its similar names (once per name)
LOYALTY = web.AppKey("loyalty", OrderedDict)  # (customer id, totals) -> score, LRU


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


LOYALTY_KEPT = 10_000
OK, AGAIN, GIVE_UP = "ok", "again", "give up"


async def _one_try(app: web.Application, tracking: str) -> tuple[str, int | None]:
    """One try, its deadline running from when it is sent."""
    try:
        async with asyncio.timeout(SHIPPING_TIMEOUT):
            async with app[SESSION].get(app[SHIPPING_URL] + tracking) as response:
                if response.status == 200:
                    return OK, (await response.json())["item"]
                return (AGAIN if response.status >= 500 else GIVE_UP), None
    except (aiohttp.ClientError, TimeoutError, ValueError, LookupError, TypeError):
        return GIVE_UP, None


async def _shipper(app: web.Application) -> None:
    """One of SHIPPING_LIMIT long-lived tasks: takes the next try and makes it."""
    jobs = app[JOBS]
    while True:
        tracking, answer = await jobs.get()
        try:
            if not answer.done():  # its dashboard may have gone away meanwhile
                outcome = await _one_try(app, tracking)
                if not answer.done():
                    answer.set_result(outcome)
        finally:
            jobs.task_done()


async def shipment(app: web.Application, tracking: str) -> int | None:
    """What the shipping API says about one order: its shipment number, or None."""
    loop = asyncio.get_running_loop()
    for pause in (*RETRY_PAUSES, None):
        answer = loop.create_future()
        app[JOBS].put_nowait((tracking, answer))
        outcome, number = await answer
        if outcome == OK:
            return number
        if outcome == GIVE_UP or pause is None:
            return None
        await asyncio.sleep(pause)  # give the API a moment before trying again
    return None


async def similar_to(app: web.Application, name: str) -> list[str]:
    task = app[SIMILAR].get(name)
    if task is None or (task.done() and (task.cancelled() or task.exception())):
        task = asyncio.ensure_future(asyncio.get_running_loop().run_in_executor(
            app[POOL], similar, name, app[NAMES]))
        app[SIMILAR][name] = task
    return list(await asyncio.shield(task))


async def loyalty_of(app: web.Application, customer_id: int, totals: list[int]) -> float:
    """Remembered by (customer, totals), the last LOYALTY_KEPT of them; one computation
    for requests that ask at the same moment."""
    kept, key = app[LOYALTY], (customer_id, tuple(totals))
    if key in kept:
        kept.move_to_end(key)
    else:
        kept[key] = asyncio.ensure_future(asyncio.get_running_loop().run_in_executor(
            app[POOL], loyalty_score, customer_id, totals))
        while len(kept) > LOYALTY_KEPT:
            kept.popitem(last=False)
    future = kept[key]
    try:
        return await asyncio.shield(future)
    except Exception:
        if kept.get(key) is future:
            del kept[key]
        raise


async def dashboard(request: web.Request) -> web.Response:
    app = request.app
    db = app[DB]
    customer_id = int(request.match_info["customer_id"])
    customer = db.execute("SELECT id, name, plan FROM customers WHERE id = ?",
                          (customer_id,)).fetchone()
    if customer is None:
        return web.json_response({"error": "no such customer"}, status=404)
    rows = db.execute("SELECT id, product_id, quantity, tracking FROM orders "
                      "WHERE customer_id = ? ORDER BY id", (customer_id,)).fetchall()
    wanted = sorted({product_id for _, product_id, _, _ in rows})
    products = {product_id: (name, price) for product_id, name, price in db.execute(
        f"SELECT id, name, price FROM products WHERE id IN ({', '.join('?' * len(wanted))})",
        wanted)} if wanted else {}
    lines = [({"id": order_id, "product": products[product_id][0], "quantity": quantity,
               "price": products[product_id][1]}, tracking)
             for order_id, product_id, quantity, tracking in rows]
    totals = [line["quantity"] * line["price"] for line, _ in lines]
    bought = Counter()
    for line, _ in lines:
        bought[line["product"]] += line["quantity"]
    favourite = bought.most_common(1)[0][0] if bought else None
    async with asyncio.TaskGroup() as group:  # the CPU work runs while the API answers
        loyalty = group.create_task(loyalty_of(app, customer_id, totals))
        liked = group.create_task(similar_to(app, favourite)) if favourite else None
        shipments = await asyncio.gather(*(shipment(app, tracking) for _, tracking in lines))
    orders = [{**line, "shipment": number}
              for (line, _), number in zip(lines, shipments, strict=True)]
    return web.json_response({
        "customer": {"id": customer[0], "name": customer[1], "plan": customer[2]},
        "orders": orders,
        "spent": sum(totals),
        "loyalty": loyalty.result(),
        "you_may_like": liked.result() if liked else [],
    })


async def product(request: web.Request) -> web.Response:
    row = request.app[DB].execute("SELECT id, name, price FROM products WHERE id = ?",
                                  (int(request.match_info["product_id"]),)).fetchone()
    if row is None:
        return web.json_response({"error": "no such product"}, status=404)
    product_id, name, price = row
    return web.json_response({"id": product_id, "name": name, "price": price,
                              "similar": await similar_to(request.app, name)})


def make_app(db_path: str, shipping_url: str) -> web.Application:
    app = web.Application()
    app[SHIPPING_URL] = shipping_url

    async def resources(app: web.Application):
        app[DB] = sqlite3.connect(db_path)
        with app[DB]:
            app[DB].execute("CREATE INDEX IF NOT EXISTS orders_customer_id ON orders (customer_id)")
        app[NAMES] = [name for (name,) in app[DB].execute("SELECT name FROM products ORDER BY id")]
        app[SESSION] = aiohttp.ClientSession(
            connector=aiohttp.TCPConnector(limit=SHIPPING_LIMIT))
        app[JOBS] = asyncio.Queue()
        app[SHIPPERS] = [asyncio.create_task(_shipper(app)) for _ in range(SHIPPING_LIMIT)]
        app[SIMILAR], app[LOYALTY] = {}, OrderedDict()
        pool = ProcessPoolExecutor(max_workers=WORKERS)
        app[POOL] = pool
        loop = asyncio.get_running_loop()
        # start every worker now (a job each, held a moment), not while serving
        await asyncio.gather(*(loop.run_in_executor(pool, time.sleep, 0.2)
                               for _ in range(WORKERS)))
        yield
        computing = [*app[SIMILAR].values(), *app[LOYALTY].values()]
        for task in (*app[SHIPPERS], *computing):
            task.cancel()
        await asyncio.gather(*app[SHIPPERS], *computing, return_exceptions=True)
        await app[SESSION].close()
        pool.shutdown(wait=True, cancel_futures=True)
        app[DB].close()

    app.cleanup_ctx.append(resources)
    app.router.add_get("/customers/{customer_id:\\d+}/dashboard", dashboard)
    app.router.add_get("/products/{product_id:\\d+}", product)
    return app
