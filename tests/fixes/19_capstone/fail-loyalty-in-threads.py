"""Every mistake fixed but one: the loyalty score and every SQLite query run in threads
(asyncio.to_thread; one connection per thread), the pause between tries slept in a thread,
the similar products kept in a dict on the app, the shipments fetched in a TaskGroup, one
semaphore and one session made in cleanup_ctx.

BUG: the service still computes the loyalty score on one core, and under load its loop waits for
the GIL between steps (lesson 10; on CPython's standard build): the score is pure-Python CPU work, and a thread holds the GIL
while it runs. SQLite queries and sleeps in threads are fine: they release the GIL.
"""

import asyncio
import difflib
import random
import sqlite3
import threading
import time
from collections import Counter

import aiohttp
from aiohttp import web

__all__ = ["RETRY_PAUSES", "SHIPPING_LIMIT", "SHIPPING_TIMEOUT", "loyalty_score", "make_app",
           "similar"]

SHIPPING_LIMIT = 20
SHIPPING_TIMEOUT = 1.0
RETRY_PAUSES = (0.1, 0.2)
RESAMPLES = 3_000
GOOD_ORDER = 2_500

STATE = web.AppKey("state", dict)


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


class Database:
    """One SQLite connection per thread of the default executor, all closed at the end."""

    def __init__(self, path: str):
        self.path, self.local, self.opened = path, threading.local(), []

    def query(self, sql: str, args=()) -> list:
        conn = getattr(self.local, "conn", None)
        if conn is None:
            conn = self.local.conn = sqlite3.connect(self.path, check_same_thread=False)
            self.opened.append(conn)
        return conn.execute(sql, args).fetchall()

    def close(self) -> None:
        for conn in self.opened:
            conn.close()


def similar_of(state: dict, name: str) -> list[str]:
    known = state["similar"]
    if name not in known:
        known[name] = similar(name, state["names"])
    return known[name]


async def shipment(state: dict, tracking: str) -> int | None:
    for pause in (*RETRY_PAUSES, None):
        try:
            async with state["slots"], state["session"].get(state["url"] + tracking) as response:
                if response.status == 200:
                    return (await response.json())["item"]
                if response.status < 500 or pause is None:
                    return None
        except (aiohttp.ClientError, TimeoutError):
            return None
        await asyncio.to_thread(time.sleep, pause)
    return None


async def dashboard(request: web.Request) -> web.Response:
    state = request.app[STATE]
    db = state["db"]
    customer_id = int(request.match_info["customer_id"])
    found = await asyncio.to_thread(db.query, "SELECT id, name, plan FROM customers WHERE id = ?",
                                    (customer_id,))
    if not found:
        return web.json_response({"error": "no such customer"}, status=404)
    rows = await asyncio.to_thread(
        db.query, "SELECT o.id, p.name, o.quantity, p.price, o.tracking FROM orders AS o "
        "JOIN products AS p ON p.id = o.product_id WHERE o.customer_id = ? ORDER BY o.id",
        (customer_id,))
    async with asyncio.TaskGroup() as group:
        tasks = [group.create_task(shipment(state, row[4])) for row in rows]
    lines = [{"id": row[0], "product": row[1], "quantity": row[2], "price": row[3],
              "shipment": task.result()} for row, task in zip(rows, tasks, strict=True)]
    totals = [line["quantity"] * line["price"] for line in lines]
    bought = Counter()
    for line in lines:
        bought[line["product"]] += line["quantity"]
    favourite = bought.most_common(1)[0][0] if bought else None
    customer = found[0]
    return web.json_response({
        "customer": {"id": customer[0], "name": customer[1], "plan": customer[2]},
        "orders": lines, "spent": sum(totals),
        "loyalty": await asyncio.to_thread(loyalty_score, customer_id, totals),
        "you_may_like": similar_of(state, favourite) if favourite else []})


async def product(request: web.Request) -> web.Response:
    state = request.app[STATE]
    found = await asyncio.to_thread(state["db"].query,
                                    "SELECT id, name, price FROM products WHERE id = ?",
                                    (int(request.match_info["product_id"]),))
    if not found:
        return web.json_response({"error": "no such product"}, status=404)
    product_id, name, price = found[0]
    return web.json_response({"id": product_id, "name": name, "price": price,
                              "similar": similar_of(state, name)})


def make_app(db_path: str, shipping_url: str) -> web.Application:
    app = web.Application()

    async def lifetime(app: web.Application):
        with sqlite3.connect(db_path) as conn:
            conn.execute("CREATE INDEX IF NOT EXISTS orders_customer ON orders (customer_id)")
            names = [name for (name,) in conn.execute("SELECT name FROM products ORDER BY id")]
        conn.close()
        db = Database(db_path)
        async with aiohttp.ClientSession(
                timeout=aiohttp.ClientTimeout(total=SHIPPING_TIMEOUT)) as session:
            app[STATE] = {"db": db, "names": names, "similar": {}, "session": session,
                          "slots": asyncio.Semaphore(SHIPPING_LIMIT), "url": shipping_url}
            yield
        db.close()

    app.cleanup_ctx.append(lifetime)
    app.router.add_get("/customers/{customer_id:\\d+}/dashboard", dashboard)
    app.router.add_get("/products/{product_id:\\d+}", product)
    return app
