"""Queue of SHIPPING_LIMIT worker tasks (as the pass-queue-workers attempts) whose cleanup closes the session but never ends the workers.

BUG: once the app's cleanup has run, its 20 worker tasks are still pending on the loop, waiting
on the queue for ever: a loop that goes on (a test suite's, a restart's) collects 20 more with
every app, and when it closes they are destroyed pending ("Task was destroyed but it is
pending!"). The harness used to cancel them itself before anything counted them.

fails: What lives as long as the service is made once, and closed when it stops.
"""

import asyncio
import difflib
import multiprocessing
import os
import random
import sqlite3
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

DB = web.AppKey("db", sqlite3.Connection)
NAMES = web.AppKey("names", list)
SHIPPING_URL = web.AppKey("shipping_url", str)
QUEUE = web.AppKey("queue", asyncio.Queue)
POOL = web.AppKey("pool", ProcessPoolExecutor)
SIMILAR = web.AppKey("similar", dict)


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


def make_pool() -> ProcessPoolExecutor:
    size = max(2, os.cpu_count() or 1)
    if hasattr(os, "sched_getaffinity"):
        size = max(2, len(os.sched_getaffinity(0)))
    method = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
    return ProcessPoolExecutor(max_workers=size, mp_context=multiprocessing.get_context(method))


async def warm(pool: ProcessPoolExecutor) -> None:
    loop = asyncio.get_running_loop()
    await asyncio.gather(*(loop.run_in_executor(pool, loyalty_score, 0, [1] * 50)
                           for _ in range(pool._max_workers)))


async def worker(queue: asyncio.Queue, session: aiohttp.ClientSession) -> None:
    """One of SHIPPING_LIMIT workers: one try of one request at a time, whatever asks."""
    while True:
        url, answer = await queue.get()
        try:
            if answer.done():  # its asker went away before its turn
                continue
            try:
                async with asyncio.timeout(SHIPPING_TIMEOUT), session.get(url) as response:
                    if response.status == 200:
                        outcome = ("ok", (await response.json())["item"])
                    else:
                        outcome = ("status", response.status)
            except (aiohttp.ClientError, TimeoutError):
                outcome = ("failed", None)
            except Exception as error:  # the asker's to raise, not the worker's
                if not answer.done():
                    answer.set_exception(error)
                continue
            if not answer.done():
                answer.set_result(outcome)
        finally:
            queue.task_done()


async def shipment(app: web.Application, tracking: str) -> int | None:
    """What the shipping API says about one order: its shipment number, or None."""
    loop = asyncio.get_running_loop()
    for pause in (*RETRY_PAUSES, None):
        answer = loop.create_future()
        app[QUEUE].put_nowait((app[SHIPPING_URL] + tracking, answer))
        kind, value = await answer
        if kind == "ok":
            return value
        if kind == "failed" or value < 500 or pause is None:
            return None
        await asyncio.sleep(pause)
    return None


def suggestions(app: web.Application, name: str) -> list[str]:
    memo = app[SIMILAR]
    if name not in memo:
        memo[name] = tuple(similar(name, app[NAMES]))
    return list(memo[name])


async def dashboard(request: web.Request) -> web.Response:
    app = request.app
    customer_id = int(request.match_info["customer_id"])
    customer = app[DB].execute("SELECT id, name, plan FROM customers WHERE id = ?",
                               (customer_id,)).fetchone()
    if customer is None:
        return web.json_response({"error": "no such customer"}, status=404)
    rows = app[DB].execute(
        "SELECT orders.id, products.name, orders.quantity, products.price, orders.tracking"
        " FROM orders JOIN products ON products.id = orders.product_id"
        " WHERE orders.customer_id = ? ORDER BY orders.id", (customer_id,)).fetchall()
    shipments = await asyncio.gather(*(shipment(app, row[4]) for row in rows))
    orders = [{"id": order_id, "product": name, "quantity": quantity, "price": price,
               "shipment": number}
              for (order_id, name, quantity, price, _), number in zip(rows, shipments, strict=True)]

    totals = [order["quantity"] * order["price"] for order in orders]
    bought = Counter()
    for order in orders:
        bought[order["product"]] += order["quantity"]
    favourite = bought.most_common(1)[0][0] if bought else None

    loyalty = await asyncio.get_running_loop().run_in_executor(
        app[POOL], loyalty_score, customer_id, totals)
    return web.json_response({
        "customer": {"id": customer[0], "name": customer[1], "plan": customer[2]},
        "orders": orders,
        "spent": sum(totals),
        "loyalty": loyalty,
        "you_may_like": suggestions(app, favourite) if favourite else [],
    })


async def product(request: web.Request) -> web.Response:
    row = request.app[DB].execute("SELECT id, name, price FROM products WHERE id = ?",
                                  (int(request.match_info["product_id"]),)).fetchone()
    if row is None:
        return web.json_response({"error": "no such product"}, status=404)
    product_id, name, price = row
    return web.json_response({"id": product_id, "name": name, "price": price,
                              "similar": suggestions(request.app, name)})


def make_app(db_path: str, shipping_url: str) -> web.Application:
    app = web.Application()
    app[SHIPPING_URL] = shipping_url
    app[SIMILAR] = {}

    async def database(app: web.Application):
        app[DB] = sqlite3.connect(db_path)
        with app[DB]:
            app[DB].execute("CREATE INDEX IF NOT EXISTS orders_customer ON orders (customer_id)")
        app[NAMES] = [name for (name,) in app[DB].execute("SELECT name FROM products ORDER BY id")]
        yield
        app[DB].close()

    async def shipping(app: web.Application):
        app[QUEUE] = asyncio.Queue()
        async with aiohttp.ClientSession() as session:
            workers = [asyncio.create_task(worker(app[QUEUE], session))
                       for _ in range(SHIPPING_LIMIT)]
            yield
            # the workers stop when the session closes

    async def processes(app: web.Application):
        with make_pool() as app[POOL]:
            await warm(app[POOL])
            yield

    app.cleanup_ctx.extend([database, shipping, processes])
    app.router.add_get("/customers/{customer_id:\\d+}/dashboard", dashboard)
    app.router.add_get("/products/{product_id:\\d+}", product)
    return app
