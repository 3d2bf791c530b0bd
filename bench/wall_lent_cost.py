# The cost of the wall's sixteenth-round guards (image/README.md, "Pointers lent to
# the program's code") on heavy honest use: each operation timed with
# time.process_time(), best of three. Run it under build/sb-run --full with one
# image and another (SAFE_EXEC_IMAGE) and compare the lines.
import time, io, asyncio
from array import array
def t(label, fn):
    best = None
    for _ in range(3):
        s = time.process_time(); fn(); d = time.process_time() - s
        best = d if best is None or d < best else best
    print("%-44s %.4f s" % (label, best))
def bytesio():
    b = io.BytesIO()
    for i in range(100000):
        b.write(b"abcdefgh")
    b.seek(0); buf = bytearray(8)
    for i in range(100000):
        b.readinto(buf)
def streams():
    data = "".join("line %d\n" % i for i in range(200)).encode()
    for i in range(2000):
        io.TextIOWrapper(io.BufferedReader(io.BytesIO(data)), encoding="utf-8").read()
class R(io.RawIOBase):
    def readable(self): return True
    def readinto(self, b):
        b[:4] = b"data"; return 4
def rawread():
    r = R()
    for i in range(100000):
        r.read(4)
def extend():
    a = array("d"); a.extend(range(300000)); b = array("i"); b.extend(iter(range(300000)))
def float_stores():
    a = array("d", bytes(8 * 1000))
    for i in range(100000):
        a[i % 1000] = i
def tofile():
    a = array("d", range(1000000)); f = io.BytesIO()
    for i in range(10):
        a.tofile(f)
def mv_eq():
    m = memoryview(b"abcdefgh"); n = memoryview(bytearray(b"abcdefgh"))
    for i in range(100000):
        m == n
def mv_eq_mixed():
    m = memoryview(b"abcdefgh"); n = memoryview(array("b", b"abcdefgh"))
    for i in range(10000):
        m == n
def mv_hex():
    m = memoryview(b"abcdefgh")
    for i in range(100000):
        m.hex(":")
async def one():
    await asyncio.sleep(0); return asyncio.current_task()
async def amain():
    for i in range(5):
        await asyncio.gather(*(one() for _ in range(2000)))
def tasks():
    asyncio.run(amain())
def decode():
    b = b"caf\xe9" * 10
    for i in range(100000):
        b.decode("cp1252")
for label, fn in [("BytesIO 100k write + 100k readinto", bytesio),
                  ("2000 TextIOWrapper(BufferedReader(BytesIO)) reads", streams),
                  ("RawIOBase subclass 100k read()", rawread),
                  ("array extend 600k (range, iterator)", extend),
                  ("array('d') 100k int stores", float_stores),
                  ("array 8 MB tofile x10", tofile),
                  ("memoryview 100k == (same format)", mv_eq),
                  ("memoryview 10k == (B against b)", mv_eq_mixed),
                  ("memoryview 100k hex(':')", mv_hex),
                  ("asyncio 10k tasks gathered", tasks),
                  ("100k bytes.decode('cp1252')", decode)]:
    t(label, fn)
