# expect: reject store
# line: 10
# why: round 84's accessor route through a list the program filled: pop() hands back the Future it holds
import asyncio

fut = asyncio.Future()
box = []
box.append(fut)
got = box.pop()
got.cancel = list
