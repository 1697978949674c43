"""A syntax error.

expect: has a syntax error on line 8
"""
import asyncio


async def load_dashboard(session, base_url, user_id)
    return await asyncio.gather()
