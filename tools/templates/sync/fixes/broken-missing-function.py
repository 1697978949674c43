"""The function renamed: the check names the function it needs and the file.

expect: has no function `shared_tags`
"""


def shared(posts, wanted):
    return [tag for tag in posts if tag in set(wanted)]
