# expect: reject store
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# Mechanism: a future holds the class (set_result); await hands it back.
# Goal reached: write into a namespace of the standard library (json.JSONEncoder.encode replaced).
# Output seen under python3 (3.11.7), in a throw-away temp dir:
#   HIJACKED by the program
import asyncio
import json


def encode(self, o):
    return "HIJACKED by the program"


async def main():
    fut = asyncio.Future()
    fut.set_result(json.JSONEncoder)
    E = await fut
    E.encode = encode


asyncio.run(main())
print(json.dumps({"a": 1}))
