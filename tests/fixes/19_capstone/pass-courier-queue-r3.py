"""SHIPPING_LIMIT courier tasks per app take jobs from an asyncio.Queue: the workers are the bound.

CORRECT: the only code that talks to the shipping API is 20 long-lived worker tasks per app,
started and cancelled in cleanup_ctx, so in flight is at most 20 for the whole service; each
try has asyncio.timeout(SHIPPING_TIMEOUT) started when it is sent (queue time excluded); the
session is shared (TCPConnector(limit=SHIPPING_LIMIT)) and closed at cleanup; products come in
one WHERE id IN (...) query (3 statements per dashboard whatever its size); a covering-order
index orders(customer_id, id); loyalty_score memoised on (customer id, totals), so a new order
is a new key, and computed in a warm spawn process pool; similar() one shared future per name.
(r49: the check now looks at the caches the app keeps too, so its loyalty memo, once
unbounded, forgets its oldest score past 4,096: lesson 02's bound, as a service runs for weeks.)

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
import time
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
JOBS = web.AppKey("jobs", asyncio.Queue)
POOL = web.AppKey("pool", concurrent.futures.ProcessPoolExecutor)
SIMILAR = web.AppKey("similar", dict)
SCORES = web.AppKey("scores", dict)
SCORES_KEPT = 4_096  # loyalty scores remembered, the oldest forgotten first


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


async def ask(session: aiohttp.ClientSession, url: str) -> int | None:
    """One order's shipment, by the API's rules: 5xx tried again after RETRY_PAUSES, each try
    given SHIPPING_TIMEOUT seconds from when it is sent; anything else is None at once."""
    for pause in (*RETRY_PAUSES, None):
        try:
            async with asyncio.timeout(SHIPPING_TIMEOUT):
                async with session.get(url) as response:
                    if response.status == 200:
                        return (await response.json())["item"]
                    if response.status < 500 or pause is None:
                        return None
        except (aiohttp.ClientError, TimeoutError):
            return None
        await asyncio.sleep(pause)
    return None


async def courier(session: aiohttp.ClientSession, jobs: asyncio.Queue) -> None:
    """One of SHIPPING_LIMIT workers: the only code that talks to the shipping API."""
    while True:
        url, answer = await jobs.get()
        try:
            if not answer.done():  # its dashboard may have gone away meanwhile
                result = await ask(session, url)
                if not answer.done():
                    answer.set_result(result)
        except Exception as error:  # never lose a worker
            if not answer.done():
                answer.set_exception(error)
        finally:
            jobs.task_done()


async def shipments(app: web.Application, trackings: list[str]) -> list[int | None]:
    loop = asyncio.get_running_loop()
    answers = [loop.create_future() for _ in trackings]
    for tracking, answer in zip(trackings, answers, strict=True):
        app[JOBS].put_nowait((app[SHIPPING_URL] + tracking, answer))
    try:
        return list(await asyncio.gather(*answers))
    finally:
        for answer in answers:
            answer.cancel()


async def off_loop(app: web.Application, function, *args):
    return await asyncio.get_running_loop().run_in_executor(app[POOL], function, *args)


async def loyalty(app: web.Application, customer_id: int, totals: list[int]) -> float:
    """loyalty_score, remembered for exactly these totals (a new order is a new key)."""
    key = (customer_id, tuple(totals))
    if key not in app[SCORES]:
        app[SCORES][key] = asyncio.ensure_future(off_loop(app, loyalty_score, customer_id, totals))
        if len(app[SCORES]) > SCORES_KEPT:
            del app[SCORES][next(iter(app[SCORES]))]  # dicts keep insertion order: the oldest goes
    try:
        return await asyncio.shield(app[SCORES][key])
    except Exception:
        app[SCORES].pop(key, None)
        raise


async def similar_to(app: web.Application, name: str) -> list[str]:
    """similar(name): one task per name for the app's life, shared by whoever asks."""
    if name not in app[SIMILAR]:
        app[SIMILAR][name] = asyncio.ensure_future(off_loop(app, similar, name, app[NAMES]))
    try:
        return list(await asyncio.shield(app[SIMILAR][name]))
    except Exception:
        app[SIMILAR].pop(name, None)
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
    catalogue = {}
    if wanted:
        marks = ", ".join("?" * len(wanted))
        catalogue = {product_id: (name, price) for product_id, name, price in db.execute(
            f"SELECT id, name, price FROM products WHERE id IN ({marks})", wanted)}
    numbers = await shipments(app, [tracking for *_, tracking in rows])
    orders = []
    for (order_id, product_id, quantity, _), number in zip(rows, numbers, strict=True):
        name, price = catalogue[product_id]
        orders.append({"id": order_id, "product": name, "quantity": quantity, "price": price,
                       "shipment": number})
    totals = [order["quantity"] * order["price"] for order in orders]
    bought = Counter()
    for order in orders:
        bought[order["product"]] += order["quantity"]
    favourite = bought.most_common(1)[0][0] if bought else None
    return web.json_response({
        "customer": {"id": customer[0], "name": customer[1], "plan": customer[2]},
        "orders": orders,
        "spent": sum(totals),
        "loyalty": await loyalty(app, customer_id, totals),
        "you_may_like": await similar_to(app, favourite) if favourite else [],
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

    async def database(app: web.Application):
        app[DB] = sqlite3.connect(db_path)
        with app[DB]:
            app[DB].execute("CREATE INDEX IF NOT EXISTS orders_customer_id "
                            "ON orders (customer_id, id)")
        app[NAMES] = [name for (name,) in app[DB].execute("SELECT name FROM products ORDER BY id")]
        yield
        app[DB].close()

    async def workers(app: web.Application):
        # spawn: fresh processes that hold none of this one's sockets; started in a thread
        # now, so no request waits for them and the loop never does.
        pool = concurrent.futures.ProcessPoolExecutor(
            max_workers=2, mp_context=multiprocessing.get_context("spawn"))
        await asyncio.to_thread(lambda: [f.result() for f in
                                         [pool.submit(time.sleep, 0.05) for _ in range(2)]])
        app[POOL], app[SIMILAR], app[SCORES] = pool, {}, {}
        yield
        await asyncio.to_thread(pool.shutdown, wait=True, cancel_futures=True)

    async def couriers(app: web.Application):
        app[JOBS] = asyncio.Queue()
        connector = aiohttp.TCPConnector(limit=SHIPPING_LIMIT)
        async with aiohttp.ClientSession(connector=connector) as session:
            tasks = [asyncio.create_task(courier(session, app[JOBS]))
                     for _ in range(SHIPPING_LIMIT)]
            yield
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)

    app.cleanup_ctx.extend([database, workers, couriers])
    app.router.add_get("/customers/{customer_id:\\d+}/dashboard", dashboard)
    app.router.add_get("/products/{product_id:\\d+}", product)
    return app
