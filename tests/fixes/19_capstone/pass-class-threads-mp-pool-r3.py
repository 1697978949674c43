"""A class holding the service's state; SQLite in threads with a connection per request; multiprocessing.Pool for the CPU work.

CORRECT: handlers are bound methods of one Dashboards object per app, started and stopped by
on_startup/on_cleanup (session closed, pool closed and joined in a thread). The database is
read in asyncio.to_thread with a short-lived connection (customer + one JOIN: 2 statements),
index orders(customer_id, id) made at startup. A BoundedSemaphore per app bounds the calls,
released during retry pauses; the timeout is passed per call
(session.get(timeout=ClientTimeout(total=1))); shipments in a TaskGroup (no task can raise:
failures are None). loyalty_score and similar() go to a spawn multiprocessing.Pool via
apply_async, bridged to asyncio futures with call_soon_threadsafe; similar() is computed once
per name under a per-name asyncio.Lock.

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
import contextlib
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

ORDERS_OF = ("SELECT o.id, p.name, o.quantity, p.price, o.tracking "
             "FROM orders AS o JOIN products AS p ON p.id = o.product_id "
             "WHERE o.customer_id = ? ORDER BY o.id")


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


class Dashboards:
    """The service's state and handlers: one per app, everything it opens closed at cleanup."""

    def __init__(self, db_path: str, shipping_url: str):
        self.db_path, self.shipping_url = db_path, shipping_url
        self.session: aiohttp.ClientSession | None = None
        self.gate: asyncio.BoundedSemaphore | None = None
        self.workers = None  # a multiprocessing.Pool
        self.names: list[str] = []
        self.similar: dict[str, list[str]] = {}
        self.similar_locks: dict[str, asyncio.Lock] = {}

    # --- lifecycle -------------------------------------------------------------------------
    async def start(self, app: web.Application) -> None:
        await asyncio.to_thread(self._prepare_database)
        self.gate = asyncio.BoundedSemaphore(SHIPPING_LIMIT)
        self.session = aiohttp.ClientSession()
        self.workers = await asyncio.to_thread(self._start_workers)

    async def stop(self, app: web.Application) -> None:
        if self.session is not None:
            await self.session.close()
        if self.workers is not None:
            self.workers.close()
            await asyncio.to_thread(self.workers.join)

    def _prepare_database(self) -> None:
        with contextlib.closing(sqlite3.connect(self.db_path)) as db:
            with db:
                db.execute("CREATE INDEX IF NOT EXISTS orders_of_customer "
                           "ON orders (customer_id, id)")
            self.names = [name for (name,) in db.execute("SELECT name FROM products ORDER BY id")]

    @staticmethod
    def _start_workers():
        pool = multiprocessing.get_context("spawn").Pool(2)
        pool.map(time.sleep, [0.05, 0.05])  # both workers up before the first request
        return pool

    # --- the database, in a thread, one short-lived connection per request ---------------
    def _read(self, customer_id: int):
        with contextlib.closing(sqlite3.connect(self.db_path)) as db:
            customer = db.execute("SELECT id, name, plan FROM customers WHERE id = ?",
                                  (customer_id,)).fetchone()
            rows = db.execute(ORDERS_OF, (customer_id,)).fetchall() if customer else []
        return customer, rows

    def _product(self, product_id: int):
        with contextlib.closing(sqlite3.connect(self.db_path)) as db:
            return db.execute("SELECT id, name, price FROM products WHERE id = ?",
                              (product_id,)).fetchone()

    # --- CPU work, in the worker processes ---------------------------------------------------
    async def _in_worker(self, function, *args):
        loop = asyncio.get_running_loop()
        done = loop.create_future()

        def settle(method, value):
            if not done.done():
                method(value)

        self.workers.apply_async(
            function, args,
            callback=lambda value: loop.call_soon_threadsafe(settle, done.set_result, value),
            error_callback=lambda error: loop.call_soon_threadsafe(settle, done.set_exception,
                                                                   error))
        return await done

    async def _similar(self, name: str) -> list[str]:
        lock = self.similar_locks.setdefault(name, asyncio.Lock())
        async with lock:
            if name not in self.similar:
                self.similar[name] = await self._in_worker(similar, name, self.names)
        return list(self.similar[name])

    # --- the shipping API ------------------------------------------------------------------
    async def _shipment(self, tracking: str) -> int | None:
        url = self.shipping_url + tracking
        for tries_left in range(len(RETRY_PAUSES), -1, -1):
            try:
                async with self.gate, self.session.get(
                        url, timeout=aiohttp.ClientTimeout(total=SHIPPING_TIMEOUT)) as response:
                    if response.status == 200:
                        return (await response.json())["item"]
                    if response.status < 500 or not tries_left:
                        return None
            except (aiohttp.ClientError, TimeoutError):
                return None
            await asyncio.sleep(RETRY_PAUSES[len(RETRY_PAUSES) - tries_left])
        return None

    # --- handlers ----------------------------------------------------------------------------
    async def dashboard(self, request: web.Request) -> web.Response:
        customer_id = int(request.match_info["customer_id"])
        customer, rows = await asyncio.to_thread(self._read, customer_id)
        if customer is None:
            return web.json_response({"error": "no such customer"}, status=404)
        async with asyncio.TaskGroup() as group:
            asked = [group.create_task(self._shipment(tracking)) for *_, tracking in rows]
        orders = [{"id": order_id, "product": name, "quantity": quantity, "price": price,
                   "shipment": task.result()}
                  for (order_id, name, quantity, price, _), task in zip(rows, asked, strict=True)]
        totals = [order["quantity"] * order["price"] for order in orders]
        bought = Counter()
        for order in orders:
            bought[order["product"]] += order["quantity"]
        favourite = bought.most_common(1)[0][0] if bought else None
        return web.json_response({
            "customer": {"id": customer[0], "name": customer[1], "plan": customer[2]},
            "orders": orders,
            "spent": sum(totals),
            "loyalty": await self._in_worker(loyalty_score, customer_id, totals),
            "you_may_like": await self._similar(favourite) if favourite else [],
        })

    async def product(self, request: web.Request) -> web.Response:
        row = await asyncio.to_thread(self._product, int(request.match_info["product_id"]))
        if row is None:
            return web.json_response({"error": "no such product"}, status=404)
        product_id, name, price = row
        return web.json_response({"id": product_id, "name": name, "price": price,
                                  "similar": await self._similar(name)})


def make_app(db_path: str, shipping_url: str) -> web.Application:
    service = Dashboards(db_path, shipping_url)
    app = web.Application()
    app.on_startup.append(service.start)
    app.on_cleanup.append(service.stop)
    app.add_routes([web.get("/customers/{customer_id:\\d+}/dashboard", service.dashboard),
                    web.get("/products/{product_id:\\d+}", service.product)])
    return app
