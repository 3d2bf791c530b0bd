# expect: reject store
# line: 10
# why: round 86's open route: create_task(coro, context=ctx): the task's wakeup hands ctx.run the future it awaited; the parameters of a method the library calls carried only what the program handed the library, not the library-made mark, and '.cancel = list' shadowed the Future's method (the primitive of escape_s50_future_cancel_shadowed)
import asyncio


class Ctx:
    def run(self, fn, *args):
        for a in args:
            a.cancel = list
        return fn(*args)


def planted(f):
    print("done", f.cancel is list)


async def main():
    f = asyncio.Future()
    t = asyncio.create_task(asyncio.sleep(0), context=Ctx())
    f.set_result(1)
    await asyncio.sleep(0)


asyncio.run(main())
