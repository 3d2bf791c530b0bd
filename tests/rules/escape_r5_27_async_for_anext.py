# expect: reject store
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# Mechanism: store rule (analyzer/stores.c): async for binds what the program's async
#   __anext__ returns (through a call).
# Goal reached: write into a namespace of the standard library (json.JSONEncoder.
#   default replaced for every encoder; json.dumps uses it).
# Output under python3:
#   {"k": "hijacked:object"}
import asyncio
import json


def fake(enc, o):
    return "hijacked:" + type(o).__name__


class H:
    def __init__(self):
        self.done = False

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.done:
            raise StopAsyncIteration
        self.done = True
        return max([json.JSONEncoder], key=id)


async def main():
    async for c in H():
        c.default = fake


asyncio.run(main())
print(json.dumps({"k": object()}))
