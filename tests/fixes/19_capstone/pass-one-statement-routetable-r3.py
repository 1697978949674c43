"""RouteTableDef handlers, one LEFT JOIN statement per dashboard, an AsyncExitStack for cleanup, functools.cache of tasks.

CORRECT: the customer and all of their orders with products come from one statement (customers
LEFT JOIN orders LEFT JOIN products, ORDER BY o.id; no order -> one row of NULLs, no customer
-> no row -> 404). All resources are entered in one AsyncExitStack inside a cleanup_ctx, so
they close in reverse order. The semaphore is held for all tries of an order (the rule limits
requests at a time, which holding it during pauses still respects); each try is
asyncio.wait_for around the request and the body read together. similar() is functools.cache
over a function returning an asyncio task per name (single-flight), on a warm forkserver pool,
as is loyalty_score.

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
import concurrent.futures
import contextlib
import difflib
import functools
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

DB_PATH = web.AppKey("db_path", str)
DB = web.AppKey("db", sqlite3.Connection)
NAMES = web.AppKey("names", list)
SHIPPING_URL = web.AppKey("shipping_url", str)
HTTP = web.AppKey("http", aiohttp.ClientSession)
LIMIT = web.AppKey("limit", asyncio.Semaphore)
CPU = web.AppKey("cpu", concurrent.futures.Executor)
SIMILAR_OF = web.AppKey("similar_of", object)  # name -> the one task computing its similar()

# One statement per dashboard: the customer, and each of their orders with its product.
DASHBOARD_SQL = """
    SELECT c.id, c.name, c.plan, o.id, p.name, o.quantity, p.price, o.tracking
    FROM customers AS c
    LEFT JOIN orders AS o ON o.customer_id = c.id
    LEFT JOIN products AS p ON p.id = o.product_id
    WHERE c.id = ?
    ORDER BY o.id
"""

routes = web.RouteTableDef()


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


async def fetch(session: aiohttp.ClientSession, url: str) -> tuple[int, dict | None]:
    async with session.get(url) as response:
        return response.status, (await response.json() if response.status == 200 else None)


async def shipment(app: web.Application, tracking: str) -> int | None:
    """One order's shipment number or None; the slot is held for all of its tries."""
    async with app[LIMIT]:
        for pause in (*RETRY_PAUSES, None):
            try:
                status, body = await asyncio.wait_for(
                    fetch(app[HTTP], app[SHIPPING_URL] + tracking), SHIPPING_TIMEOUT)
            except (aiohttp.ClientError, TimeoutError):
                return None
            if status == 200:
                return body["item"]
            if status < 500 or pause is None:
                return None
            await asyncio.sleep(pause)
    return None


def on_cpu(app: web.Application, function, *args) -> asyncio.Future:
    return asyncio.get_running_loop().run_in_executor(app[CPU], function, *args)


@routes.get("/customers/{customer_id:\\d+}/dashboard")
async def dashboard(request: web.Request) -> web.Response:
    app = request.app
    customer_id = int(request.match_info["customer_id"])
    rows = app[DB].execute(DASHBOARD_SQL, (customer_id,)).fetchall()
    if not rows:
        return web.json_response({"error": "no such customer"}, status=404)
    customer = rows[0][:3]
    lines = [row[3:] for row in rows if row[3] is not None]
    numbers = await asyncio.gather(*(shipment(app, line[4]) for line in lines))
    orders = [{"id": order_id, "product": name, "quantity": quantity, "price": price,
               "shipment": number}
              for (order_id, name, quantity, price, _), number in zip(lines, numbers, strict=True)]
    totals = [order["quantity"] * order["price"] for order in orders]
    bought = Counter()
    for order in orders:
        bought[order["product"]] += order["quantity"]
    favourite = bought.most_common(1)[0][0] if bought else None
    return web.json_response({
        "customer": {"id": customer[0], "name": customer[1], "plan": customer[2]},
        "orders": orders,
        "spent": sum(totals),
        "loyalty": await on_cpu(app, loyalty_score, customer_id, totals),
        "you_may_like": list(await asyncio.shield(app[SIMILAR_OF](favourite))) if favourite else [],
    })


@routes.get("/products/{product_id:\\d+}")
async def product(request: web.Request) -> web.Response:
    row = request.app[DB].execute("SELECT id, name, price FROM products WHERE id = ?",
                                  (int(request.match_info["product_id"]),)).fetchone()
    if row is None:
        return web.json_response({"error": "no such product"}, status=404)
    product_id, name, price = row
    return web.json_response({"id": product_id, "name": name, "price": price,
                              "similar": list(await asyncio.shield(
                                  request.app[SIMILAR_OF](name)))})


async def resources(app: web.Application):
    async with contextlib.AsyncExitStack() as stack:
        db = stack.enter_context(contextlib.closing(sqlite3.connect(app[DB_PATH])))
        db.execute("CREATE INDEX IF NOT EXISTS ix_orders_customer ON orders (customer_id)")
        db.commit()
        app[DB] = db
        app[NAMES] = [name for (name,) in db.execute("SELECT name FROM products ORDER BY id")]
        cpu = concurrent.futures.ProcessPoolExecutor(
            max_workers=2, mp_context=multiprocessing.get_context("forkserver"))
        stack.push_async_callback(asyncio.to_thread, cpu.shutdown, True, cancel_futures=True)
        await asyncio.to_thread(lambda: list(cpu.map(abs, [1, 2])))  # workers started now
        app[CPU] = cpu
        app[SIMILAR_OF] = functools.cache(
            lambda name: asyncio.ensure_future(on_cpu(app, similar, name, app[NAMES])))
        app[LIMIT] = asyncio.Semaphore(SHIPPING_LIMIT)
        app[HTTP] = await stack.enter_async_context(aiohttp.ClientSession())
        yield


def make_app(db_path: str, shipping_url: str) -> web.Application:
    app = web.Application()
    app[DB_PATH] = db_path
    app[SHIPPING_URL] = shipping_url
    app.cleanup_ctx.append(resources)
    app.add_routes(routes)
    return app
