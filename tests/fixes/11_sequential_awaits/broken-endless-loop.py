"""An endless CPU loop inside the coroutine: the loop is blocked, only the parent can stop it.

expect: `load_dashboard` in tests/fixes/11_sequential_awaits/broken-endless-loop.py did not return within
"""


async def load_dashboard(session, base_url, user_id):
    count = 0
    while True:
        count += 1
