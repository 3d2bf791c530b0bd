# expect: reject store
# line: 8
# why: round 56: asyncio.to_thread(store, x=holder): same fan_arg keyword bug
import sys
holder = []
import asyncio
def store(x):
    x.append(sys.argv)
async def main():
    await asyncio.to_thread(store, x=holder)
asyncio.run(main())
holder[0].append('pwn')
print(sys.argv)
