# The io classes, memoryview's hex and comparisons and asyncio's current task as
# honest programs use them, through the sixteenth round's guards: text and buffered
# streams over BytesIO and over the standard streams, a RawIOBase subclass read
# directly, hex with separators of every kind, views of equal and different
# formats compared, asyncio's tasks.
import array
import asyncio
import io
import sys
t = io.TextIOWrapper(io.BytesIO("héllo\nwörld\n".encode("utf-8")), encoding="utf-8")
print(t.readlines())
w = io.TextIOWrapper(io.BytesIO(), encoding="utf-16", newline="\n")
w.write("abc\n"); w.flush(); print(w.buffer.getvalue())
br = io.BufferedReader(io.BytesIO(b"x" * 20000), 16)
print(len(br.read(5)), br.peek(3)[:3], len(br.read()))
user = bytearray(100)
br2 = io.BufferedReader(io.BytesIO(b"y" * 500), 16)
print(br2.readinto(user), bytes(user[:4]))
bw = io.BufferedWriter(io.BytesIO(), 8)
bw.write(b"z" * 100); bw.flush(); print(bw.raw.getvalue()[:5], len(bw.raw.getvalue()))
rw = io.BufferedRWPair(io.BytesIO(b"pair"), io.BytesIO())
print(rw.read(4))
rnd = io.BufferedRandom(io.BytesIO(b"0123456789"))
rnd.seek(3); rnd.write(b"abc"); rnd.seek(0); print(rnd.read())
sys.stdout.flush()
out = io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8", line_buffering=True)
out.write("through stdout's buffer\n"); out.flush(); out.detach()
sys.stdout.buffer.write(b"bytes to stdout\n"); sys.stdout.flush()
bio = io.BytesIO()
bio.write(b"abc"); print(bio.getvalue(), bio.readinto(bytearray(2)))
class Upper(io.RawIOBase):
    def __init__(self, data):
        self.data = data
    def readable(self):
        return True
    def readinto(self, b):
        n = min(len(b), len(self.data))
        b[:n] = self.data[:n].upper()
        self.data = self.data[n:]
        return n
u = Upper(b"some text")
print(u.read(4), u.read(), u.read(3), Upper(b"all").readall())
class Blocking(io.RawIOBase):
    def readable(self):
        return True
    def readinto(self, b):
        return None
print(Blocking().read(5))
m = memoryview(b"\x01\x02\x03\x04")
class S(str):
    pass
print(m.hex(), m.hex(":"), m.hex(b"-", 2), m.hex(sep=S("|")), m.hex(sep="_", bytes_per_sep=-1))
for sep in ("::", "", 5, None):
    try:
        print(repr(m.hex(sep)))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
b = memoryview(b"ab")
print(b == b"ab", b != b"ab", b == memoryview(array.array("B", b"ab")),
      b == memoryview(array.array("b", [97, 98])), b == array.array("h", [97, 98]),
      memoryview(array.array("d", [1.0, float("nan")])) == array.array("f", [1.0, float("nan")]),
      memoryview(array.array("i", [1, 2])) == array.array("l", [1, 2]),
      memoryview(array.array("u", "ab")) == memoryview(array.array("u", "ab")),
      b == "ab", b == 3, b.cast("B", (1, 2)) == memoryview(b"ab").cast("B", (1, 2)),
      memoryview(b"") == memoryview(array.array("d")))
r = memoryview(b"ab"); r.release(); print(r == r, r == b"ab")
async def child(n):
    await asyncio.sleep(0)
    return asyncio.current_task().get_name() != "", n * 2
async def main():
    me = asyncio.current_task()
    got = await asyncio.gather(*(child(n) for n in range(5)))
    return me is asyncio.current_task(), got, len(asyncio.all_tasks())
print(asyncio.run(main()))
print(asyncio.tasks._current_tasks.get(object()), len(asyncio.tasks._current_tasks))
