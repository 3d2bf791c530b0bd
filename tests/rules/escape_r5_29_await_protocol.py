# expect: reject store
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# Mechanism: store rule (analyzer/stores.c): await binds what the program's __await__
#   generator returns (through a call).
# Goal reached: write into a namespace of the standard library (json.JSONEncoder.
#   default replaced for every encoder; json.dumps uses it).
# Output under python3:
#   {"k": "hijacked:object"}
import asyncio
import json


def fake(enc, o):
    return "hijacked:" + type(o).__name__


class H:
    def __await__(self):
        yield from ()
        return max([json.JSONEncoder], key=id)


async def main():
    c = await H()
    c.default = fake


asyncio.run(main())
print(json.dumps({"k": object()}))
