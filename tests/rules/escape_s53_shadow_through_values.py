# expect: reject store
# line: 8
# why: round 84's accessor route through a view: values() hands back what the dict holds, the Future
import asyncio

fut = asyncio.Future()
for got in {"f": fut}.values():
    got.cancel = list
