"""A syntax error left while editing: the check names the file and the line.

expect: has a syntax error on line
"""

from aiohttp import web


def make_app(db_path: str, shipping_url: str) -> web.Application:
    app = web.Application(
    return app
