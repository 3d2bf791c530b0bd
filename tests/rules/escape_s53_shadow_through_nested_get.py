# expect: reject store
# line: 8
# why: round 84's accessor route two containers deep: get() hands back the list, [0] its Future
import asyncio

fut = asyncio.Future()
got = {0: [fut]}.get(0)[0]
got.cancel = list
