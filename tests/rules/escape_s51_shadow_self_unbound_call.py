# expect: reject method
# line: 15
# why: self.cancel = fn makes the method privileged (called bound only): called
# through its class, self would be any object, here an asyncio.Future
import asyncio


class Planter:
    def plant(self, fn):
        self.cancel = fn


async def main():
    fut = asyncio.Future()
    Planter.plant(fut, list)
    fut.set_result(1)


asyncio.run(main())
