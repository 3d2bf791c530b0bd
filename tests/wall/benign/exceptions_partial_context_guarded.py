"""Honest uses of what the wall's twelfth-round guards replace (held_call,
busy_call, busy_refuse, keep_args, keep_set, field_get, context_compare,
decode_error_str in image/wall.py): the str() of OSError and its subclasses and
of UnicodeDecodeError, functools.partial (called every way, its repr, copies,
subclasses), cmp_to_key's keys, contextvars.Context's == and !=, asyncio's cancel
messages. The same output with the wall as under plain python3.
"""
import asyncio
import copy
import functools
import operator
import sys

# OSError and its subclasses: every form of str(), errno attributes, reraise.
for e in (OSError(), OSError("plain"), OSError(2, "No such file"),
          OSError(2, "No such file", "a.txt"), OSError(2, "No such file", "a", None, "b"),
          FileNotFoundError(2, "No such file or directory", "missing.txt"),
          PermissionError(13, "Permission denied", "/root", None, "/srv/x"),
          BlockingIOError(11, "busy", 5), ConnectionResetError(104, "reset"),
          TimeoutError("slow"), OSError(None, None, "f"), OSError(7, None)):
    print(type(e).__name__, repr(str(e)), repr(e), e.errno, e.strerror, e.filename,
          e.filename2)
class MyError(OSError):
    pass
class Shown(FileNotFoundError):
    def __str__(self):
        return "shown: " + super().__str__()
print(str(MyError(1, "mine", "f")), str(Shown(2, "gone", "g")))
e = OSError(5, "io", "name")
e.filename = "other"
e.strerror = "changed"
print(str(e))
try:
    raise FileNotFoundError(2, "No such file or directory", "nowhere.txt")
except OSError as caught:
    print("caught:", caught, caught.args)

# The Unicode errors, including values set after construction.
try:
    b"\xff\xfe\xfa".decode("utf-8")
except UnicodeDecodeError as u:
    print(str(u), u.start, u.end, u.reason)
    u.start, u.end = 1, 3
    print(str(u))
    u.start, u.end = 2, 3
    print(str(u))
    u.start, u.end = 5, 6
    print(str(u))
    u.reason = "my reason"
    u.encoding = "cp1252"
    print(str(u))
for args in (("ascii", b"abc", 0, 1, "r"), ("ascii", b"abc", 0, 3, "r"),
             ("latin-1", b"", 0, 0, "empty"), ("x", bytearray(b"ab"), 1, 2, "ba")):
    print(str(UnicodeDecodeError(*args)))
print(str(UnicodeEncodeError("ascii", "\u00e9t\u00e9", 0, 1, "no")),
      str(UnicodeTranslateError("\u00e9", 0, 1, "tr")), str(UnicodeError("u")))
print(str(KeyError("k")), str(ImportError("no module", name="m")),
      str(SyntaxError("bad", ("f.py", 3, 1, "x = ", 3, 4))), str(StopIteration(5)))

# functools.partial, every way it is called.
def f(*args, **kwargs):
    return args, sorted(kwargs.items())
p0 = functools.partial(f)
p1 = functools.partial(f, 1)
p2 = functools.partial(f, 1, 2, key="v")
print(p0(), p0(9), p1(), p1(2), p1(2, 3, z=1), p2(), p2(3, key="w", other=0))
print(functools.partial(operator.add, 10)(5), functools.partial(max, 3)(*[1, 7]))
print(list(map(functools.partial(operator.mul, 3), range(5))))
print(sorted(["b", "A", "c"], key=functools.partial(str.lower)))
print(repr(functools.partial(max, 1, 2, key=abs)),
      repr(functools.partial(sorted, "x", reverse=True)))
class Sub(functools.partial):
    def __call__(self, *args, **kwargs):
        return ("sub",) + super().__call__(*args, **kwargs)
class Plain(functools.partial):
    pass
print(Sub(f, 1)(2), Plain(f, 4)(5), repr(Plain(max, 4)))
q = copy.copy(p2)
r = copy.deepcopy(p2)
print(q(), r(), q.func is p2.func, q.args, q.keywords)
state = p1.__reduce__()
p3 = functools.partial(len)
p3.__setstate__(state[2])
print(p3(7), p3.args)
nested = functools.partial(functools.partial(f, 1), 2)
print(nested(3), nested.args, nested.func is f)
p4 = functools.partial(f, "a")
p4.__dict__["note"] = 1
print(p4.note, p4())

# cmp_to_key: sorts, min/max, the key's obj.
def compare(a, b):
    return (a > b) - (a < b)
K = functools.cmp_to_key(compare)
words = ["pear", "apple", "fig", "banana"]
print(sorted(words, key=functools.cmp_to_key(lambda a, b: len(a) - len(b))),
      sorted(range(10), key=K, reverse=True), max(words, key=K), min([3, 1, 2], key=K))
k = K(5)
print(k.obj, k < K(6), k == K(5), k >= K(4))
k.obj = 9
print(k.obj, k > K(6))

# Task and Future cancel messages, contexts of the tasks.
async def sleeper():
    await asyncio.sleep(10)
async def main():
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    print(t.cancel("first"), t.cancel("second"))
    try:
        await t
    except asyncio.CancelledError as c:
        print("cancelled:", c.args)
    fut = asyncio.get_running_loop().create_future()
    print(fut.cancel(msg="why"), fut.cancelled())
    try:
        fut.result()
    except asyncio.CancelledError as c:
        print("future cancelled:", c.args)
    t2 = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    t2.cancel()
    results = await asyncio.gather(t2, return_exceptions=True)
    print(type(results[0]).__name__)
    try:
        await asyncio.wait_for(sleeper(), 0.01)
    except asyncio.TimeoutError:
        print("timed out")
    tasks = [asyncio.create_task(asyncio.sleep(0, result=i)) for i in range(5)]
    print(await asyncio.gather(*tasks))
asyncio.run(main())

cv = sys.modules["contextvars"]
var = cv.ContextVar("var", default=0)
a, b = cv.copy_context(), cv.copy_context()
print(a == b, a != b, a == a, a == 1, a != "x")
a.run(var.set, [1, 2])
b.run(var.set, [1, 2])
print(a == b, a != b, a[var], b.get(var), var in a, len(a) == len(b))
b.run(var.set, [1, 3])
print(a == b, a != b)
