"""Class-based service (on_startup/on_cleanup, RouteTableDef), one LEFT JOIN statement per dashboard, BoundedSemaphore + wait_for, spawn pool.

CORRECT: the whole dashboard comes from one statement (customers LEFT JOIN orders LEFT JOIN products, covering index orders(customer_id, id, product_id, quantity, tracking) made at startup); a 404 is no row. Shipping: one session, an asyncio.BoundedSemaphore(20) held per try only, wait_for(SHIPPING_TIMEOUT) inside it (deadline from when sent), a 5xx raises its own exception and is retried after the pauses, other failures give None. CPU: a spawn-context pool of 2 started at startup; one task per key (similar per name, loyalty per (customer, totals)) shared by concurrent requests via shield.
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


def _names_like(name, names):
    return similar(name, names)


def _loyalty(customer_id, totals):
    return loyalty_score(customer_id, totals)


class NotAnswered(Exception):
    """The shipping API's answer was not a shipment number."""


class ServerFailed(Exception):
    """The shipping API answered with a 5xx status: worth another try."""


DASHBOARD_SQL = (  # one statement: the customer, and each of its orders with its product
    "SELECT c.id, c.name, c.plan, o.id, p.name, o.quantity, p.price, o.tracking "
    "FROM customers AS c "
    "LEFT JOIN orders AS o ON o.customer_id = c.id "
    "LEFT JOIN products AS p ON p.id = o.product_id "
    "WHERE c.id = ? ORDER BY o.id")


KEPT = 4_096  # tasks remembered: the oldest loyalty score is forgotten first


class Dashboards:
    """The service's state, opened at startup and closed at cleanup, and its two handlers."""

    def __init__(self, db_path: str, shipping_url: str):
        self.db_path, self.shipping_url = db_path, shipping_url
        self.tasks: dict = {}

    async def startup(self, app: web.Application) -> None:
        self.db = sqlite3.connect(self.db_path)
        with self.db:
            self.db.execute("CREATE INDEX IF NOT EXISTS orders_of_customer "
                            "ON orders (customer_id, id, product_id, quantity, tracking)")
        self.names = [name for (name,) in self.db.execute("SELECT name FROM products ORDER BY id")]
        self.pool = ProcessPoolExecutor(2, mp_context=multiprocessing.get_context("spawn"))
        loop = asyncio.get_running_loop()
        await asyncio.gather(*(loop.run_in_executor(self.pool, _loyalty, 0, []) for _ in range(2)))
        self.http = aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=SHIPPING_LIMIT))
        self.turns = asyncio.BoundedSemaphore(SHIPPING_LIMIT)

    async def cleanup(self, app: web.Application) -> None:
        await self.http.close()
        for task in self.tasks.values():
            task.cancel()
        self.pool.shutdown(wait=True, cancel_futures=True)
        self.db.close()

    def _computed(self, key, function, *args) -> asyncio.Task:
        """One task per key for the life of the service: whoever asks meanwhile shares it."""
        task = self.tasks.get(key)
        if task is None or (task.done() and (task.cancelled() or task.exception())):
            loop = asyncio.get_running_loop()
            task = self.tasks[key] = asyncio.ensure_future(
                loop.run_in_executor(self.pool, function, *args))
            if len(self.tasks) > KEPT:  # a bound (lesson 02): the oldest score goes (names stay)
                del self.tasks[next(kept for kept in self.tasks if kept[0] != "similar")]
        return task

    async def _try(self, url: str) -> int:
        async with self.http.get(url) as response:
            if response.status >= 500:
                raise ServerFailed(response.status)
            if response.status != 200:
                raise NotAnswered(response.status)
            return (await response.json())["item"]

    async def _shipment(self, tracking: str) -> int | None:
        pauses = list(RETRY_PAUSES)
        while True:
            async with self.turns:
                try:
                    return await asyncio.wait_for(self._try(self.shipping_url + tracking),
                                                  SHIPPING_TIMEOUT)
                except ServerFailed:
                    if not pauses:
                        return None
                except (aiohttp.ClientError, TimeoutError, NotAnswered, ValueError, KeyError):
                    return None
            await asyncio.sleep(pauses.pop(0))

    async def dashboard(self, request: web.Request) -> web.Response:
        customer_id = int(request.match_info["customer_id"])
        rows = self.db.execute(DASHBOARD_SQL, (customer_id,)).fetchall()
        if not rows:
            return web.json_response({"error": "no such customer"}, status=404)
        lines = [row for row in rows if row[3] is not None]
        numbers = await asyncio.gather(*(self._shipment(row[7]) for row in lines))
        orders = [{"id": order_id, "product": name, "quantity": quantity, "price": price,
                   "shipment": number}
                  for (_, _, _, order_id, name, quantity, price, _), number
                  in zip(lines, numbers, strict=True)]
        totals = [order["quantity"] * order["price"] for order in orders]
        bought = Counter()
        for order in orders:
            bought[order["product"]] += order["quantity"]
        favourite = bought.most_common(1)[0][0] if bought else None
        loyalty = await asyncio.shield(self._computed(("loyalty", customer_id, tuple(totals)),
                                                      _loyalty, customer_id, totals))
        like = (await asyncio.shield(self._computed(("similar", favourite), _names_like,
                                                    favourite, self.names))
                if favourite else [])
        return web.json_response({
            "customer": {"id": rows[0][0], "name": rows[0][1], "plan": rows[0][2]},
            "orders": orders,
            "spent": sum(totals),
            "loyalty": loyalty,
            "you_may_like": list(like),
        })

    async def product(self, request: web.Request) -> web.Response:
        row = self.db.execute("SELECT id, name, price FROM products WHERE id = ?",
                              (int(request.match_info["product_id"]),)).fetchone()
        if row is None:
            return web.json_response({"error": "no such product"}, status=404)
        product_id, name, price = row
        like = await asyncio.shield(self._computed(("similar", name), _names_like, name,
                                                   self.names))
        return web.json_response({"id": product_id, "name": name, "price": price,
                                  "similar": list(like)})


def make_app(db_path: str, shipping_url: str) -> web.Application:
    service = Dashboards(db_path, shipping_url)
    app = web.Application()
    app.on_startup.append(service.startup)
    app.on_cleanup.append(service.cleanup)
    routes = web.RouteTableDef()
    routes.get("/customers/{customer_id:\\d+}/dashboard")(service.dashboard)
    routes.get("/products/{product_id:\\d+}")(service.product)
    app.add_routes(routes)
    return app
