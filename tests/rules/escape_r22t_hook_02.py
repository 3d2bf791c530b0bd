# expect: reject dunder
# why: twenty-second red team's ok_02: asyncio.Condition subclass whose __setattr__ keeps the running loop; loop.default_exception_handler formats a program-made source_traceback (linecache reads /etc/passwd)
# line: 19
# goal: reads /etc/passwd without open (same sink as ok_01), loop taken from a different primitive.
# mechanism: subclass of asyncio.Condition with __setattr__ (gets `_loop` from _LoopBoundMixin._get_loop),
#   locked()/release()/acquire() overridden so wait() reaches _get_loop() with no private state;
#   then loop.default_exception_handler({"message": ..., "source_traceback": [(path, lineno, name, None)]})
#   -> traceback.format_list -> FrameSummary.line -> linecache.getline(path, lineno).
# rule slipped: same as ok_01: __setattr__ in a library subclass hands the program every value the library
#   stores on self (every _LoopBoundMixin class: Lock, Event, Condition, Semaphore, BoundedSemaphore,
#   Barrier, Queue and its subclasses); default_exception_handler formats frame tuples the program made.
# verify: safe-exec-check rc=0; python3 prints root:x:0:0:...
import asyncio

box = []


class C(asyncio.Condition):
    def __setattr__(self, name, value):
        if name == "_loop":
            box.append(value)

    def locked(self):
        return True

    def release(self):
        return None

    async def acquire(self):
        return True


async def main():
    try:
        await C().wait()
    except Exception as e:
        print("library raised", type(e).__name__)
    lp = box[0]
    lp.default_exception_handler({"message": "proof", "source_traceback": [("/etc/passwd", 1, "x", None)]})


asyncio.run(main())
