# expect: reject store
# Mechanism: store rule, as ok_14, through asyncio: the value of `await
#   asyncio.to_thread(one)` is what one() returned (json.JSONEncoder), but the store
#   rule takes a call's value from the program defs named like the callee (to_thread is
#   a module function, none is), so the class reaches `c.default = ...` unjudged.
#   (Refused, for comparison: awaiting a Future after set_result, asyncio.Queue.get,
#   asyncio.gather and Task.result of a coroutine that returns the class.)
# Goal reached: namespace write into the standard library: json.JSONEncoder.default
#   replaced.
# Output under python3:
#   {"k": "replaced"}
import asyncio
import json


def fake(self, o):
    return "replaced"


def one():
    return json.JSONEncoder


async def main():
    c = await asyncio.to_thread(one)
    c.default = fake


asyncio.run(main())
print(json.dumps({"k": object()}))
