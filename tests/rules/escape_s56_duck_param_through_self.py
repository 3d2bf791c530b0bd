# expect: reject store
# line: 18
# why: round 86's open route: the handed arguments kept on self and shadowed in another method; the parameters of a method the library calls carried only what the program handed the library, not the library-made mark, and '.cancel = list' shadowed the Future's method (the primitive of escape_s50_future_cancel_shadowed)
import asyncio


class Ctx:
    def __init__(self):
        self.seen = []

    def run(self, fn, *args):
        self.seen.append(args)
        self.plant()
        return fn(*args)

    def plant(self):
        for a in self.seen[-1]:
            a.cancel = list


def planted(f):
    print("done", f.cancel is list)


async def main():
    f = asyncio.Future()
    f.add_done_callback(planted, context=Ctx())
    f.set_result(1)
    await asyncio.sleep(0)


asyncio.run(main())
