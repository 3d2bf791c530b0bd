# expect: reject store
# line: 9
# why: round 86's open route: a done callback's context: the loop calls ctx.run(callback, future) with the Future it made; the parameters of a method the library calls carried only what the program handed the library, not the library-made mark, and '.cancel = list' shadowed the Future's method (the primitive of escape_s50_future_cancel_shadowed)
import asyncio


class Ctx:
    def run(self, fn, fut):
        fut.cancel = list
        return fn(fut)


def planted(f):
    print("done", f.cancel is list)


async def main():
    f = asyncio.Future()
    f.add_done_callback(planted, context=Ctx())
    f.set_result(1)
    await asyncio.sleep(0)


asyncio.run(main())
