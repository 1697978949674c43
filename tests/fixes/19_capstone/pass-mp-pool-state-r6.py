"""State object with on_startup/on_cleanup, multiprocessing.Pool (spawn) bridged with apply_async callbacks, asyncio.wait_for per try, similar() tasks cached per name.

CORRECT: a different web structure (one State dataclass, on_startup/on_cleanup instead of
cleanup_ctx) and another pooling choice: a spawn multiprocessing.Pool whose workers report
ready (initializer + SimpleQueue) before startup ends, results brought back with
loop.call_soon_threadsafe; asyncio.wait_for(SHIPPING_TIMEOUT) around one try, taken after the
semaphore slot; one JOIN on an index; similar() shared per name as a task; pool terminated and
joined, session and DB closed at cleanup.

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
import multiprocessing
import random
import sqlite3
from collections import Counter
from dataclasses import dataclass, field

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


def _started(ready) -> None:
    """Run in each worker once it has started (and imported this module)."""
    ready.put(None)


@dataclass
class State:
    """Everything the service opens at startup and closes at cleanup."""

    db_path: str
    shipping_url: str
    db: sqlite3.Connection | None = None
    names: list = field(default_factory=list)
    session: aiohttp.ClientSession | None = None
    slots: asyncio.Semaphore | None = None
    pool: object = None  # a multiprocessing.Pool
    similar: dict = field(default_factory=dict)  # name -> asyncio.Task

    async def compute(self, function, *args):
        """function(*args) in a worker process, awaited without holding the loop."""
        loop = asyncio.get_running_loop()
        future = loop.create_future()

        def settle(method, value):
            if not future.done():
                method(value)

        self.pool.apply_async(
            function, args,
            callback=lambda value: loop.call_soon_threadsafe(settle, future.set_result, value),
            error_callback=lambda error: loop.call_soon_threadsafe(settle, future.set_exception,
                                                                   error))
        return await future

    async def similar_of(self, name: str) -> list[str]:
        task = self.similar.get(name)
        if task is None:
            task = self.similar[name] = asyncio.ensure_future(
                self.compute(similar, name, self.names))
        try:
            return list(await asyncio.shield(task))
        except asyncio.CancelledError:
            raise
        except Exception:
            if self.similar.get(name) is task:
                del self.similar[name]  # a failure is not remembered
            raise

    async def one_try(self, url: str):
        async with self.session.get(url) as response:
            if response.status == 200:
                return True, (await response.json())["item"]
            return False, response.status

    async def shipment(self, tracking: str) -> int | None:
        for pause in (*RETRY_PAUSES, None):
            async with self.slots:
                try:
                    done, value = await asyncio.wait_for(self.one_try(self.shipping_url + tracking),
                                                         SHIPPING_TIMEOUT)
                except (TimeoutError, aiohttp.ClientError):
                    return None
            if done:
                return value
            if value < 500 or pause is None:
                return None
            await asyncio.sleep(pause)
        return None


STATE = web.AppKey("state", State)


async def dashboard(request: web.Request) -> web.Response:
    state = request.app[STATE]
    customer_id = int(request.match_info["customer_id"])
    customer = state.db.execute("SELECT id, name, plan FROM customers WHERE id = ?",
                                (customer_id,)).fetchone()
    if customer is None:
        return web.json_response({"error": "no such customer"}, status=404)
    rows = state.db.execute(
        "SELECT o.id, p.name, o.quantity, p.price, o.tracking FROM orders AS o "
        "JOIN products AS p ON p.id = o.product_id WHERE o.customer_id = ? ORDER BY o.id",
        (customer_id,)).fetchall()
    shipments = await asyncio.gather(*(state.shipment(row[4]) for row in rows))
    orders = [{"id": order_id, "product": name, "quantity": quantity, "price": price,
               "shipment": number}
              for (order_id, name, quantity, price, _), number in zip(rows, shipments, strict=True)]
    totals = [order["quantity"] * order["price"] for order in orders]
    bought = Counter()
    for order in orders:
        bought[order["product"]] += order["quantity"]
    favourite = bought.most_common(1)[0][0] if bought else None
    loyalty, you_may_like = await asyncio.gather(
        state.compute(loyalty_score, customer_id, totals),
        state.similar_of(favourite) if favourite else asyncio.sleep(0, []))
    return web.json_response({
        "customer": {"id": customer[0], "name": customer[1], "plan": customer[2]},
        "orders": orders,
        "spent": sum(totals),
        "loyalty": loyalty,
        "you_may_like": you_may_like,
    })


async def product(request: web.Request) -> web.Response:
    state = request.app[STATE]
    row = state.db.execute("SELECT id, name, price FROM products WHERE id = ?",
                           (int(request.match_info["product_id"]),)).fetchone()
    if row is None:
        return web.json_response({"error": "no such product"}, status=404)
    product_id, name, price = row
    return web.json_response({"id": product_id, "name": name, "price": price,
                              "similar": await state.similar_of(name)})


async def start(app: web.Application) -> None:
    state = app[STATE]
    state.db = sqlite3.connect(state.db_path)
    with state.db:
        state.db.execute("CREATE INDEX IF NOT EXISTS orders_customer_id ON orders (customer_id)")
    state.names = [name for (name,) in state.db.execute("SELECT name FROM products ORDER BY id")]
    state.session = aiohttp.ClientSession()
    state.slots = asyncio.Semaphore(SHIPPING_LIMIT)
    context = multiprocessing.get_context("spawn")
    ready = context.SimpleQueue()
    state.pool = context.Pool(WORKERS, initializer=_started, initargs=(ready,))
    for _ in range(WORKERS):  # every worker started here, before the first request
        await asyncio.to_thread(ready.get)
    ready.close()


async def stop(app: web.Application) -> None:
    state = app[STATE]
    for task in state.similar.values():
        task.cancel()
    state.pool.terminate()
    state.pool.join()
    await state.session.close()
    state.db.close()


def make_app(db_path: str, shipping_url: str) -> web.Application:
    app = web.Application()
    app[STATE] = State(db_path, shipping_url)
    app.on_startup.append(start)
    app.on_cleanup.append(stop)
    app.router.add_get("/customers/{customer_id:\\d+}/dashboard", dashboard)
    app.router.add_get("/products/{product_id:\\d+}", product)
    return app
