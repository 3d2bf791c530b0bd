# expect: reject store
# why: a bound method held in an attribute and handed to add_done_callback gets the Task, whose result is what the coroutine returned
# line: 13
import asyncio
import keyword


class Watch:
    def __init__(self):
        self.cb = self.done

    def done(self, task):
        task.result().append("zz")


async def g():
    return keyword.kwlist


async def main():
    w = Watch()
    t = asyncio.create_task(g())
    t.add_done_callback(w.cb)
    await t
    await asyncio.sleep(0)


asyncio.run(main())
print("zz" in keyword.kwlist)
