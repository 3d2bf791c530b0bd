# expect: accept
# why: a done callback that prints the task's result reads it and changes nothing.
import asyncio


async def work():
    return [1, 2, 3]


async def main():
    t = asyncio.create_task(work())
    t.add_done_callback(lambda done: print(done.result()))
    await t
    await asyncio.sleep(0)


asyncio.run(main())
