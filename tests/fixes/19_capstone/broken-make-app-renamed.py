"""The service's factory renamed: the check names the function it needs and the file.

expect: has no function `make_app`
"""

from aiohttp import web


def create_app(db_path: str, shipping_url: str) -> web.Application:
    return web.Application()
