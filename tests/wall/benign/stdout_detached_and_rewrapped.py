# sys.stdout detached and its buffer wrapped anew, as programs do to change the
# encoding or the newline (the wall refuses detach() only under another call of the
# same stream: the fifteenth wall round's ok_04), then a BytesIO wrapper detached
# after use, and a BufferedWriter's raw stream detached.
import io
import sys

buffer = sys.stdout.detach()
sys.stdout = io.TextIOWrapper(buffer, encoding="utf-8", newline="\r\n",
                              line_buffering=True)
print("rewrapped stdout: caf\u00e9")
w = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
w.write("text")
raw = w.detach()
print("detached BytesIO holds", raw.getvalue())
try:
    w.write("more")
except ValueError as e:
    print("after detach:", e)
bw = io.BufferedWriter(io.BytesIO())
bw.write(b"abc")
inner = bw.detach()
print("raw stream of a detached writer:", inner.getvalue())
for line in io.TextIOWrapper(io.BytesIO(b"one\ntwo\n"), encoding="ascii"):
    print("line", line.strip())
# tell() and seek() round trips, a write between, a read after (the wall lets no
# other call of the wrapper in while tell() runs: none of these is inside another)
f = io.TextIOWrapper(io.BytesIO("caf\u00e9\nna\u00efve\nthird\n".encode("utf-8")),
                     encoding="utf-8", newline="\n")
first = f.readline()
mark = f.tell()
second = f.readline()
f.seek(mark)
print("tell/seek:", first.strip(), second.strip(), f.readline() == second, f.read().strip())
print("seek(0, 1) (which calls tell):", f.seek(0, 1) == f.tell())
f.seek(0, 2)
f.write("fourth\n")
f.seek(0)
print("lines after a write:", len(f.readlines()), f.tell() > mark)
