"""make_app forgets to return the app: the check says what it got instead.

expect: make_app returned NoneType, not an aiohttp.web.Application
"""

from aiohttp import web


def make_app(db_path: str, shipping_url: str) -> web.Application:
    app = web.Application()
    app.router.add_get("/health", lambda request: web.json_response({"ok": True}))
