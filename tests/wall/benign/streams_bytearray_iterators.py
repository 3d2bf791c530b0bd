"""What the eleventh wall round's guards touch, used as honest code does: print (of
objects with __str__, sep/end/file/flush, a replaced or redirected sys.stdout),
input (a prompt, lines, the end of input), sys.displayhook, bytearray stores,
deletes and searches (ints, an __index__ object, slices), itertools.cycle, tee and
combinations copied, iter(callable, sentinel).

The guards' cost (image/README.md) was measured with this program under build/sb-run
(--stdin of 20,001 lines), one image with the guards and one without:
    import io, sys, time, itertools
    def clock(label, f):
        t = time.process_time(); f(); print(label, time.process_time() - t)
    buf = io.StringIO()
    def prints_file():
        for i in range(100000): print(i, "x", file=buf)
    def prints_stdout():
        real = sys.stdout; sys.stdout = buf
        for i in range(100000): print(i, "x")
        sys.stdout = real
    def stores():
        b = bytearray(1024)
        for i in range(1000000): b[i & 1023] = i & 255
    def finds():
        b = bytearray(b"spam and eggs" * 4)
        for i in range(100000): b.find(b"eggs"); 101 in b
    def calliter():
        for _ in iter(itertools.count().__next__, 300000): pass
    def inputs():
        for _ in range(20000): input()
    for f in (prints_file, prints_stdout, stores, finds, calliter, inputs):
        clock(f.__name__, f)
"""
import contextlib
import copy
import io
import itertools
import sys


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __str__(self):
        return "(%d, %d)" % (self.x, self.y)

    def __repr__(self):
        return "Point(%d, %d)" % (self.x, self.y)


class Seven:
    def __index__(self):
        return 7


print(Point(1, 2), [Point(3, 4)], sep=" | ", end=" <\n")
print()
print("a", "b", 3, sep="", flush=True)
print("to stdout", file=None)
buf = io.StringIO()
print(Point(5, 6), "x", file=buf, end="")
with contextlib.redirect_stdout(io.StringIO()) as captured:
    print("captured", Point(0, 0))
print(repr(buf.getvalue()), repr(captured.getvalue()))


class Upper:
    def __init__(self, out):
        self.out = out

    def write(self, s):
        return self.out.write(s.upper())

    def flush(self):
        self.out.flush()


real = sys.stdout
sys.stdout = Upper(real)
print("shouted", Point(7, 8))
sys.stdout = real

count = int(input())
numbers = [int(x) for x in input("numbers? ").split()]
print(count, sum(numbers))
print(input().title())
try:
    input()
except EOFError as e:
    print("EOFError:", e)
sys.displayhook(Point(9, 9))
sys.displayhook(None)

b = bytearray(b"hello world")
b[0] = 72
b[Seven()] = ord("W")
b[-1] = Seven().__index__() + 93
b[1:3] = b"EL"
b[::2] = bytes(len(b[::2]))
print(b, len(b))
b = bytearray(range(20))
del b[Seven()]
del b[::3]
del b[1:4]
b.extend(x for x in range(3))
b.insert(Seven(), 99)
b += bytearray(b"\x01\x02")
print(list(b))
c = bytearray(b"spam and eggs and spam")
print(c.find(b"and"), c.rfind(b"and", Seven()), c.index(b"eggs"),
      c.rindex(b"spam"), c.count(b"a"), c.count(ord("s")), c.startswith(b"spam"),
      c.endswith((b"spam", b"x")), ord("e") in c, b"egg" in c, c.hex(":", 4))
print(bytearray(b"%d-%s-%x") % (7, b"x", 255), bytearray(b"%s!") % bytearray(b"hi"))
try:
    c[100] = 1
except IndexError as e:
    print("IndexError:", e)
try:
    c[0] = 300
except ValueError as e:
    print("ValueError:", e)
try:
    c["k"] = 1
except TypeError as e:
    print("TypeError:", e)

cyc = itertools.cycle("abc")
print([next(cyc) for _ in range(4)])
print([next(copy.copy(cyc)) for _ in range(2)], list(itertools.islice(copy.deepcopy(cyc), 5)))
print(list(itertools.islice(cyc, 5)))
fresh = itertools.cycle([1, 2])
print(list(itertools.islice(copy.copy(fresh), 3)), next(fresh))
t1, t2 = itertools.tee(range(6))
next(t1), next(t1)
print(list(copy.deepcopy(t1)), list(copy.copy(t2)), list(t1))
comb = itertools.combinations("abcd", 2)
next(comb)
print(list(copy.copy(comb)), list(itertools.permutations("ab")))
stream = io.BytesIO(b"0123456789")
print([chunk for chunk in iter(lambda: stream.read(4), b"")])
print(list(iter(iter([3, 2, 1, 0, 5]).__next__, 0)))
