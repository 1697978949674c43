"""Bound on the shipping API by 20 sender tasks reading an asyncio.Queue, orders + one batched products IN (...) query, a lock per name for similar(), spawn pool.

CORRECT: the global bound is structural (exactly SHIPPING_LIMIT sender tasks started at
startup, cancelled and awaited at cleanup); a try's deadline starts when a sender takes it; the
caller does the retries and sleeps between them with asyncio.sleep; 3 statements per dashboard
whatever its size (customer, orders, products WHERE id IN (...)); index on orders(customer_id,
id); similar() computed once per name under an asyncio.Lock per name; CPU work in a spawn
ProcessPoolExecutor started at startup.

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

DB = web.AppKey("db", sqlite3.Connection)
NAMES = web.AppKey("names", list)
SHIPPING_URL = web.AppKey("shipping_url", str)
SESSION = web.AppKey("session", aiohttp.ClientSession)
JOBS = web.AppKey("jobs", asyncio.Queue)
SENDERS = web.AppKey("senders", list)
LOCKS = web.AppKey("locks", dict)
POOL = web.AppKey("pool", concurrent.futures.ProcessPoolExecutor)
SIMILAR = web.AppKey("similar", dict)
WORKERS = 2


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


def _ready() -> None:
    """Nothing: run once in each worker at startup, so that all are started then."""


async def in_pool(app: web.Application, function, *args):
    return await asyncio.get_running_loop().run_in_executor(app[POOL], function, *args)


async def similar_of(app: web.Application, name: str) -> list[str]:
    """similar(name), computed once per name: one lock per name, the result kept."""
    cache = app[SIMILAR]
    if name not in cache:
        async with app[LOCKS].setdefault(name, asyncio.Lock()):
            if name not in cache:
                cache[name] = tuple(await in_pool(app, similar, name, app[NAMES]))
    return list(cache[name])


async def sender(app: web.Application) -> None:
    """One of SHIPPING_LIMIT tasks that send the tries: so never more at a time."""
    session, jobs = app[SESSION], app[JOBS]
    while True:
        url, answer = await jobs.get()
        try:
            if answer.cancelled():
                continue
            try:
                async with asyncio.timeout(SHIPPING_TIMEOUT):  # from the moment it is sent
                    async with session.get(url) as response:
                        if response.status == 200:
                            outcome = ("ok", (await response.json())["item"])
                        else:
                            outcome = ("status", response.status)
            except (aiohttp.ClientError, TimeoutError):
                outcome = ("ok", None)  # no answer in time, or a failure: not tried again
            except Exception as error:
                if not answer.done():
                    answer.set_exception(error)
                continue
            if not answer.done():
                answer.set_result(outcome)
        finally:
            jobs.task_done()


async def one_try(app: web.Application, url: str):
    answer = asyncio.get_running_loop().create_future()
    await app[JOBS].put((url, answer))
    return await answer


async def shipment(app: web.Application, tracking: str) -> int | None:
    """What the shipping API says about one order: its shipment number, or None."""
    url = app[SHIPPING_URL] + tracking
    for pause in (*RETRY_PAUSES, None):
        kind, value = await one_try(app, url)
        if kind == "ok":
            return value
        if value < 500 or pause is None:
            return None
        await asyncio.sleep(pause)  # give the API a moment before trying again
    return None


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
    wanted = sorted({row[1] for row in rows})
    products = {}
    if wanted:
        products = {product_id: (name, price) for product_id, name, price in db.execute(
            f"SELECT id, name, price FROM products WHERE id IN ({', '.join('?' * len(wanted))})",
            wanted)}
    lines = [({"id": order_id, "product": products[product_id][0], "quantity": quantity,
               "price": products[product_id][1]}, tracking)
             for order_id, product_id, quantity, tracking in rows]
    shipments = await asyncio.gather(*(shipment(app, tracking) for _, tracking in lines))
    orders = [{**line, "shipment": number}
              for (line, _), number in zip(lines, shipments, strict=True)]
    totals = [order["quantity"] * order["price"] for order in orders]
    bought = Counter()
    for order in orders:
        bought[order["product"]] += order["quantity"]
    favourite = bought.most_common(1)[0][0] if bought else None
    loyalty = await in_pool(app, loyalty_score, customer_id, totals)
    return web.json_response({
        "customer": {"id": customer[0], "name": customer[1], "plan": customer[2]},
        "orders": orders,
        "spent": sum(totals),
        "loyalty": loyalty,
        "you_may_like": await similar_of(app, favourite) if favourite else [],
    })


async def product(request: web.Request) -> web.Response:
    row = request.app[DB].execute("SELECT id, name, price FROM products WHERE id = ?",
                                  (int(request.match_info["product_id"]),)).fetchone()
    if row is None:
        return web.json_response({"error": "no such product"}, status=404)
    product_id, name, price = row
    return web.json_response({"id": product_id, "name": name, "price": price,
                              "similar": await similar_of(request.app, name)})


def make_app(db_path: str, shipping_url: str) -> web.Application:
    app = web.Application()
    app[SHIPPING_URL] = shipping_url

    async def database(app: web.Application):
        app[DB] = sqlite3.connect(db_path)
        app[DB].execute("CREATE INDEX IF NOT EXISTS orders_by_customer ON orders (customer_id, id)")
        app[DB].commit()
        app[NAMES] = [name for (name,) in app[DB].execute("SELECT name FROM products ORDER BY id")]
        yield
        app[DB].close()

    async def shipping(app: web.Application):
        app[SESSION] = aiohttp.ClientSession()
        app[JOBS] = asyncio.Queue()
        app[SENDERS] = [asyncio.create_task(sender(app)) for _ in range(SHIPPING_LIMIT)]
        yield
        for task in app[SENDERS]:
            task.cancel()
        await asyncio.gather(*app[SENDERS], return_exceptions=True)
        await app[SESSION].close()

    async def workers(app: web.Application):
        app[POOL] = concurrent.futures.ProcessPoolExecutor(
            WORKERS, mp_context=multiprocessing.get_context("spawn"))
        app[SIMILAR], app[LOCKS] = {}, {}
        # Start every worker now, not while serving.
        await asyncio.gather(*(in_pool(app, _ready) for _ in range(WORKERS)))
        yield
        app[POOL].shutdown(wait=True, cancel_futures=True)

    app.cleanup_ctx.append(database)
    app.cleanup_ctx.append(shipping)
    app.cleanup_ctx.append(workers)
    app.router.add_get("/customers/{customer_id:\\d+}/dashboard", dashboard)
    app.router.add_get("/products/{product_id:\\d+}", product)
    return app
