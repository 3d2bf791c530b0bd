# family: wall (memory: gh-125969, gh-125984, a done future's callbacks changed while the loop gets them)   goal: crash   interpreter: /usr/bin/python3
# set_result hands the future's callbacks to the loop one by one with call_soon,
# holding neither the callbacks nor the list (CPython 3.11's C Future; fixed in
# 3.12 and later only). The loop is the program's: from call_soon it removes
# callbacks, and the list shrinks under a loop that took its length first
# (gh-125969: items read past the end); from the lookup of call_soon it runs the
# future's __init__ again, which drops the callbacks it is handing out (gh-125984).
# Both crash the image's 3.11.2 (SIGSEGV). The wall: a done future removes no
# callback (as asyncio's pure-Python Future, which empties its list first), and
# __init__ runs once.
import asyncio


class Junk:
    __slots__ = ("a", "b", "c", "d")

    def __call__(self, fut):
        pass


def shrink():
    called = []
    pad = lambda f: None

    def call_soon(*args, **kwargs):
        if called:
            fut.remove_done_callback(int)
            fut.remove_done_callback(pad)
        called.append(1)

    loop = lambda: None
    loop.call_soon = call_soon
    loop.get_debug = lambda: False
    fut = asyncio.Future(loop=loop)
    fut.add_done_callback(str)
    fut.add_done_callback(int)
    for i in range(40):
        fut.add_done_callback(pad)
    fut.set_result(None)


def reinit():
    class EvilLoop:
        def call_soon(self, *args, **kwargs):
            pass

        def get_debug(self):
            return False

        def __getattribute__(self, name):
            if name == "call_soon":
                other = lambda: None
                other.get_debug = lambda: False
                fut.__init__(loop=other)
                junk = [bytes(64) for i in range(1000)]
            return object.__getattribute__(self, name)

    fut = asyncio.Future(loop=EvilLoop())
    fut.add_done_callback(Junk())
    fut.set_result(None)


for act in (shrink, reinit):
    try:
        act()
        print(act.__name__, "returned", flush=True)
    except RuntimeError as e:
        print(act.__name__, "refused:", e, flush=True)
