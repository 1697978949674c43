"""The function renamed: the check names the function it needs and the file.

expect: has no function `fetch_all`
"""


async def fetch_everything(session, urls):
    return []
