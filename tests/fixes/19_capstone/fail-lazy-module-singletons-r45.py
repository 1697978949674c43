"""Module-level objects made on first use (the session, the semaphore, the process pool) and closed in on_cleanup, the catalogue in a module global: the way many services are written.

BUG: a second app from the same module, started while the first serves, answers 500 on every
dashboard and makes the first answer the second's catalogue. In the check: the second
service's dashboard raises "RuntimeError: <asyncio.locks.Semaphore ...> is bound to a
different event loop", its cleanup raises "attached to a different loop" (it closes the
session the first made on its own loop), and the first's page for a product names products
only the second's catalogue has. Measured outside the check (read 45's
mine/19/verify_two_apps.py): shop A's page for 'enamel casserole' says ['steel casserole',
'ceramic casserole', 'stone casserole'] while A serves alone, and ['enamel casseroles', 'steel
casserole', 'ceramic casserole'] once app B has started on a copy with one product more. One
module's objects are shared by every app it makes: each app's startup overwrites the
catalogue the other reads, and the session and the semaphore belong to the event loop of the
app that made them. This file used to pass, as "another correct fix": the check started its
second service only after the first had stopped, and the first's cleanup had emptied the
module.

Besides: the index made by a "migration" run at startup; asyncio.wait_for for the deadline
of each try, inside the semaphore (the wait for a turn is not part of it); the pool's workers
spawned (made on first use, in the middle of a request, forked workers would keep copies of
the service's open connections).

fails: Every answer is the starter's, fresh orders included; a failing order is tried 3 times.
"""

import asyncio
import difflib
import functools
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
RESAMPLES = 3_000
GOOD_ORDER = 2_500
MIGRATIONS = ("CREATE INDEX IF NOT EXISTS ix_orders_customer_id ON orders (customer_id)",)

_shared: dict = {}
CATALOGUE: list[str] = []
DB = web.AppKey("db", sqlite3.Connection)
URL = web.AppKey("url", str)


def loyalty_score(customer_id: int, totals: list[int]) -> float:
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
    matches = difflib.get_close_matches(name, names, n=4, cutoff=0.5)
    return [match for match in matches if match != name][:3]


@functools.cache
def similar_to(name: str) -> tuple[str, ...]:
    return tuple(similar(name, CATALOGUE))


def session() -> aiohttp.ClientSession:
    if "session" not in _shared:
        _shared["session"] = aiohttp.ClientSession()
        _shared["slots"] = asyncio.Semaphore(SHIPPING_LIMIT)
    return _shared["session"]


def pool() -> ProcessPoolExecutor:
    if "pool" not in _shared:
        _shared["pool"] = ProcessPoolExecutor(max_workers=1,
                                              mp_context=multiprocessing.get_context("spawn"))
    return _shared["pool"]


async def fetch(url: str):
    async with session().get(url) as response:
        if response.status == 200:
            return 200, (await response.json())["item"]
        return response.status, None


async def shipment(base: str, tracking: str) -> int | None:
    session()
    for pause in (*RETRY_PAUSES, None):
        try:
            async with _shared["slots"]:
                status, number = await asyncio.wait_for(fetch(base + tracking), SHIPPING_TIMEOUT)
        except (aiohttp.ClientError, TimeoutError):
            return None
        if status == 200:
            return number
        if status < 500 or pause is None:
            return None
        await asyncio.sleep(pause)
    return None


async def dashboard(request: web.Request) -> web.Response:
    db = request.app[DB]
    customer_id = int(request.match_info["customer_id"])
    customer = db.execute("SELECT id, name, plan FROM customers WHERE id = ?",
                          (customer_id,)).fetchone()
    if customer is None:
        return web.json_response({"error": "no such customer"}, status=404)
    rows = db.execute("SELECT orders.id, (SELECT name FROM products WHERE id = product_id), "
                      "quantity, (SELECT price FROM products WHERE id = product_id), tracking "
                      "FROM orders WHERE customer_id = ? ORDER BY orders.id",
                      (customer_id,)).fetchall()
    numbers = await asyncio.gather(*(shipment(request.app[URL], row[4]) for row in rows))
    lines = [{"id": row[0], "product": row[1], "quantity": row[2], "price": row[3],
              "shipment": number} for row, number in zip(rows, numbers, strict=True)]
    totals = [line["quantity"] * line["price"] for line in lines]
    bought = Counter()
    for line in lines:
        bought[line["product"]] += line["quantity"]
    favourite = bought.most_common(1)[0][0] if bought else None
    loyalty = await asyncio.get_running_loop().run_in_executor(pool(), loyalty_score,
                                                               customer_id, totals)
    return web.json_response({
        "customer": {"id": customer[0], "name": customer[1], "plan": customer[2]},
        "orders": lines, "spent": sum(totals), "loyalty": loyalty,
        "you_may_like": list(similar_to(favourite)) if favourite else []})


async def product(request: web.Request) -> web.Response:
    row = request.app[DB].execute("SELECT id, name, price FROM products WHERE id = ?",
                                  (int(request.match_info["product_id"]),)).fetchone()
    if row is None:
        return web.json_response({"error": "no such product"}, status=404)
    return web.json_response({"id": row[0], "name": row[1], "price": row[2],
                              "similar": list(similar_to(row[1]))})


def make_app(db_path: str, shipping_url: str) -> web.Application:
    app = web.Application()
    app[URL] = shipping_url

    async def startup(app: web.Application) -> None:
        app[DB] = sqlite3.connect(db_path)
        for migration in MIGRATIONS:
            app[DB].execute(migration)
        app[DB].commit()
        CATALOGUE[:] = [name for (name,) in app[DB].execute("SELECT name FROM products ORDER BY id")]
        similar_to.cache_clear()

    async def cleanup(app: web.Application) -> None:
        if "session" in _shared:
            await _shared.pop("session").close()
        if "pool" in _shared:
            _shared.pop("pool").shutdown()
        app[DB].close()

    app.on_startup.append(startup)
    app.on_cleanup.append(cleanup)
    app.router.add_get("/customers/{customer_id:\\d+}/dashboard", dashboard)
    app.router.add_get("/products/{product_id:\\d+}", product)
    return app
