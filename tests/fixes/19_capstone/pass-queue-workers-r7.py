"""Bounded by SHIPPING_LIMIT worker tasks on one queue; forkserver pool started at startup; customer, orders and products in 3 statements.

CORRECT: 20 worker tasks created at startup consume one asyncio.Queue, so at most 20 tries are in flight service-wide; a try's deadline starts when a worker sends it; a 5xx is re-queued after its pause by a small task (no worker held while pausing); timeouts and other failures are not retried. loyalty_score and similar run in a forkserver ProcessPoolExecutor whose 2 processes are started at startup by two jobs at once, remembered per key as shared futures (single flight; loyalty keyed by (customer, totals), LRU-bounded). SQL: customer, orders (index on orders(customer_id) made at startup), products WHERE id IN (...): 3 statements whatever the number of orders. Cleanup cancels workers and pending retries, closes the session, shuts the pool down with wait=True, closes the db. (Its 20 worker tasks stay on the loop, idle, between requests, by design: opened at startup, closed at cleanup.)

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
import multiprocessing
import random
import sqlite3
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
KEPT_SCORES = 10_000  # loyalty scores remembered, the least recently used forgotten first

DB = web.AppKey("db", sqlite3.Connection)
NAMES = web.AppKey("names", list)
SHIPPING_URL = web.AppKey("shipping_url", str)
CLIENT = web.AppKey("client", object)
CPU = web.AppKey("cpu", object)


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


def _score(customer_id, totals):  # in a worker process
    return loyalty_score(customer_id, list(totals))


def _alike(name, names):  # in a worker process
    return similar(name, names)


class Shipping:
    """SHIPPING_LIMIT workers on one queue: at most that many tries in flight, service-wide."""

    def __init__(self, url: str):
        self.url = url
        self.session = aiohttp.ClientSession()
        self.queue: asyncio.Queue = asyncio.Queue()
        self.workers = [asyncio.create_task(self._work()) for _ in range(SHIPPING_LIMIT)]
        self.waiting: set[asyncio.Task] = set()  # retries in their pause

    async def number(self, tracking: str) -> int | None:
        answer = asyncio.get_running_loop().create_future()
        self.queue.put_nowait((tracking, 0, answer))
        return await answer

    async def _work(self) -> None:
        while True:
            tracking, tries, answer = await self.queue.get()
            if answer.done():  # its dashboard has gone
                continue
            status, number = None, None
            try:
                async with asyncio.timeout(SHIPPING_TIMEOUT):  # this try, from now
                    async with self.session.get(self.url + tracking) as response:
                        status = response.status
                        if status == 200:
                            number = (await response.json())["item"]
            except (aiohttp.ClientError, TimeoutError, ValueError, KeyError, TypeError):
                status = None
            if status is not None and status >= 500 and tries < len(RETRY_PAUSES):
                later = asyncio.create_task(self._again(tracking, tries, answer))
                self.waiting.add(later)
                later.add_done_callback(self.waiting.discard)
            elif not answer.done():
                answer.set_result(number)

    async def _again(self, tracking, tries, answer) -> None:
        await asyncio.sleep(RETRY_PAUSES[tries])  # no worker is held meanwhile
        self.queue.put_nowait((tracking, tries + 1, answer))

    async def close(self) -> None:
        for task in (*self.workers, *self.waiting):
            task.cancel()
        await asyncio.gather(*self.workers, *self.waiting, return_exceptions=True)
        await self.session.close()


class Cpu:
    """A pool of worker processes started at startup, and what they computed, per key."""

    def __init__(self):
        self.pool = ProcessPoolExecutor(max_workers=2,
                                        mp_context=multiprocessing.get_context("forkserver"))
        self.alike: dict[str, asyncio.Future] = {}
        self.scores: OrderedDict = OrderedDict()

    async def start(self) -> None:
        # Two jobs at once: the pool starts both of its processes now, not while serving.
        await asyncio.gather(*(asyncio.wrap_future(self.pool.submit(_score, 1, (1,)))
                               for _ in range(2)))

    async def _once(self, memo, key, function, *args):
        future = memo.get(key)
        if future is None:
            future = memo[key] = asyncio.wrap_future(self.pool.submit(function, *args))
        elif isinstance(memo, OrderedDict):
            memo.move_to_end(key)
        try:
            return await asyncio.shield(future)
        except Exception:
            if memo.get(key) is future:
                del memo[key]
            raise
        finally:
            while isinstance(memo, OrderedDict) and len(memo) > KEPT_SCORES:
                memo.popitem(last=False)

    async def similar(self, name: str, names: list[str]) -> list[str]:
        return list(await self._once(self.alike, name, _alike, name, names))

    async def loyalty(self, customer_id: int, totals: list[int]) -> float:
        key = (customer_id, tuple(totals))
        return await self._once(self.scores, key, _score, customer_id, key[1])

    def close(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)


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
    products = {}
    if wanted:
        marks = ", ".join("?" * len(wanted))
        products = {product_id: (name, price) for product_id, name, price in db.execute(
            f"SELECT id, name, price FROM products WHERE id IN ({marks})", wanted)}
    numbers = await asyncio.gather(*(app[CLIENT].number(tracking) for *_, tracking in rows))
    orders = []
    for (order_id, product_id, quantity, _), number in zip(rows, numbers, strict=True):
        name, price = products[product_id]
        orders.append({"id": order_id, "product": name, "quantity": quantity, "price": price,
                       "shipment": number})
    totals = [order["quantity"] * order["price"] for order in orders]
    bought = Counter()
    for order in orders:
        bought[order["product"]] += order["quantity"]
    favourite = bought.most_common(1)[0][0] if bought else None
    loyalty, you_may_like = await asyncio.gather(
        app[CPU].loyalty(customer_id, totals),
        app[CPU].similar(favourite, app[NAMES]) if favourite else asyncio.sleep(0, []))
    return web.json_response({
        "customer": {"id": customer[0], "name": customer[1], "plan": customer[2]},
        "orders": orders,
        "spent": sum(totals),
        "loyalty": loyalty,
        "you_may_like": you_may_like,
    })


async def product(request: web.Request) -> web.Response:
    row = request.app[DB].execute("SELECT id, name, price FROM products WHERE id = ?",
                                  (int(request.match_info["product_id"]),)).fetchone()
    if row is None:
        return web.json_response({"error": "no such product"}, status=404)
    product_id, name, price = row
    return web.json_response({"id": product_id, "name": name, "price": price,
                              "similar": await request.app[CPU].similar(name, request.app[NAMES])})


def make_app(db_path: str, shipping_url: str) -> web.Application:
    app = web.Application()
    app[SHIPPING_URL] = shipping_url

    async def database(app: web.Application):
        app[DB] = sqlite3.connect(db_path)
        app[DB].execute("CREATE INDEX IF NOT EXISTS orders_customer_id ON orders (customer_id)")
        app[DB].commit()
        app[NAMES] = [name for (name,) in app[DB].execute("SELECT name FROM products ORDER BY id")]
        yield
        app[DB].close()

    async def cpu(app: web.Application):
        app[CPU] = Cpu()
        try:
            await app[CPU].start()
            yield
        finally:
            app[CPU].close()

    async def shipping(app: web.Application):
        app[CLIENT] = Shipping(app[SHIPPING_URL])
        yield
        await app[CLIENT].close()

    app.cleanup_ctx.extend([database, cpu, shipping])
    app.router.add_get("/customers/{customer_id:\\d+}/dashboard", dashboard)
    app.router.add_get("/products/{product_id:\\d+}", product)
    return app
