"""Wrong: loyalty_score sent to the process pool, and waited for with Future.result() in the handler.

BUG: the loop stands still while each dashboard's loyalty score is computed, one dashboard after
another, every other request waiting: the handler waits for the process pool with
Future.result() on the loop's thread (lesson 09's mistake in lesson 10's fix). The CPU work did
leave the loop's thread. Smallest case: big dashboards, 4 at once: the heartbeat's "waiting in a
call" stall reaches 30-50 ms (about 0 for the starter, which computes on the loop instead, and 0
for the same fix with `await loop.run_in_executor`), under the check's 60 ms stall limit: the
check now counts the loop thread's threading waits instead (43 at the handler's .result() in one
run).

fails: The event loop never stands still for long in a blocking call.
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
LIMIT = web.AppKey("limit", asyncio.Semaphore)
POOL = web.AppKey("pool", concurrent.futures.ProcessPoolExecutor)
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


async def shipment(app: web.Application, tracking: str) -> int | None:
    """What the shipping API says about one order: its shipment number, or None."""
    url = app[SHIPPING_URL] + tracking
    for pause in (*RETRY_PAUSES, None):
        try:
            async with app[LIMIT]:  # at most SHIPPING_LIMIT at the API, from the whole service
                async with asyncio.timeout(SHIPPING_TIMEOUT):  # from when this try is sent
                    async with app[SESSION].get(url) as response:
                        if response.status == 200:
                            return (await response.json())["item"]
                        if response.status < 500 or pause is None:
                            return None
        except (aiohttp.ClientError, TimeoutError):
            return None
        await asyncio.sleep(pause)  # give the API a moment before trying again
    return None


async def similar_names(app: web.Application, name: str) -> list[str]:
    """similar(name), computed once per name in the process pool; callers share it."""
    cache = app[SIMILAR]
    if name not in cache:
        loop = asyncio.get_running_loop()
        cache[name] = loop.run_in_executor(app[POOL], similar, name, app[NAMES])
    return list(await cache[name])


async def dashboard(request: web.Request) -> web.Response:
    app = request.app
    db = app[DB]
    customer_id = int(request.match_info["customer_id"])
    customer = db.execute("SELECT id, name, plan FROM customers WHERE id = ?",
                          (customer_id,)).fetchone()
    if customer is None:
        return web.json_response({"error": "no such customer"}, status=404)
    lines = [({"id": order_id, "product": name, "quantity": quantity, "price": price}, tracking)
             for order_id, name, quantity, price, tracking in db.execute(
                 "SELECT orders.id, products.name, orders.quantity, products.price, "
                 "orders.tracking FROM orders JOIN products ON products.id = orders.product_id "
                 "WHERE orders.customer_id = ? ORDER BY orders.id", (customer_id,))]
    shipments = await asyncio.gather(*(shipment(app, tracking) for _, tracking in lines))
    orders = [{**line, "shipment": number}
              for (line, _), number in zip(lines, shipments, strict=True)]
    totals = [order["quantity"] * order["price"] for order in orders]
    bought = Counter()
    for order in orders:
        bought[order["product"]] += order["quantity"]
    favourite = bought.most_common(1)[0][0] if bought else None
    loyalty = app[POOL].submit(loyalty_score, customer_id, totals).result()  # in a worker
    return web.json_response({
        "customer": {"id": customer[0], "name": customer[1], "plan": customer[2]},
        "orders": orders,
        "spent": sum(totals),
        "loyalty": loyalty,
        "you_may_like": await similar_names(app, favourite) if favourite else [],
    })


async def product(request: web.Request) -> web.Response:
    app = request.app
    row = app[DB].execute("SELECT id, name, price FROM products WHERE id = ?",
                          (int(request.match_info["product_id"]),)).fetchone()
    if row is None:
        return web.json_response({"error": "no such product"}, status=404)
    product_id, name, price = row
    return web.json_response({"id": product_id, "name": name, "price": price,
                              "similar": await similar_names(app, name)})


def make_app(db_path: str, shipping_url: str) -> web.Application:
    app = web.Application()
    app[SHIPPING_URL] = shipping_url

    async def resources(app: web.Application):
        db = sqlite3.connect(db_path)
        db.execute("CREATE INDEX IF NOT EXISTS orders_by_customer ON orders (customer_id)")
        db.commit()
        app[DB] = db
        app[NAMES] = [name for (name,) in db.execute("SELECT name FROM products ORDER BY id")]
        app[SIMILAR] = {}
        app[LIMIT] = asyncio.Semaphore(SHIPPING_LIMIT)
        pool = concurrent.futures.ProcessPoolExecutor(
            WORKERS, mp_context=multiprocessing.get_context("forkserver"))
        loop = asyncio.get_running_loop()
        # every worker started now, at startup: none is started while serving
        await asyncio.gather(*(loop.run_in_executor(pool, int) for _ in range(WORKERS)))
        app[POOL] = pool
        app[SESSION] = aiohttp.ClientSession()
        try:
            yield
        finally:
            await app[SESSION].close()
            pool.shutdown(wait=True, cancel_futures=True)
            db.close()

    app.cleanup_ctx.append(resources)
    app.router.add_get("/customers/{customer_id:\\d+}/dashboard", dashboard)
    app.router.add_get("/products/{product_id:\\d+}", product)
    return app
