# expect: reject store
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# Mechanism: store rule (analyzer/stores.c): async with binds what __aenter__ returns;
#   the unpacking target takes the class.
# Goal reached: write into a namespace of the standard library (json.JSONEncoder.
#   default replaced for every encoder; json.dumps uses it).
# Output under python3:
#   {"k": "hijacked:object"}
import asyncio
import json


def fake(enc, o):
    return "hijacked:" + type(o).__name__


class H:
    async def __aenter__(self):
        return (json.JSONEncoder,)

    async def __aexit__(self, *a):
        return False


async def main():
    async with H() as (c,):
        c.default = fake


asyncio.run(main())
print(json.dumps({"k": object()}))
