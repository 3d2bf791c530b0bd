# expect: reject store
# line: 8
# why: round 84's accessor route through a set display's pop()
import asyncio

fut = asyncio.Future()
got = {fut}.pop()
got.cancel = list
