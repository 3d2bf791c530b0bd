# expect: reject module_attribute
# line: 13
# why: ensure_future's loop= hands the coroutine to an object's create_task; only one positional argument is taken

import asyncio

class Loop:
    def create_task(self, coro):
        print("the program's loop receives", coro)
        return coro

async def main():
    asyncio.ensure_future(asyncio.sleep(0), loop=Loop())

asyncio.run(main())
