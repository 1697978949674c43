"""An await that never completes.

expect: did not return within 5 s
"""
import asyncio


async def load_dashboard(session, base_url, user_id):
    await asyncio.Event().wait()
