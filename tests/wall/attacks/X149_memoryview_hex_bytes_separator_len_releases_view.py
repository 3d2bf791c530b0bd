# family: wall (memory: memoryview.hex with a bytes subclass separator whose __len__ frees the block)   goal: memory   interpreter: /usr/bin/python3
# X148 with a bytes subclass: 3.11's separator check is PyObject_Length, whatever
# the separator's type, so a bytes subclass's __len__ runs with the address taken
# as well. The wall: the separator is made an exact bytes first (memory_hex).
ba = bytearray(b"A" * 100000)
m = memoryview(ba)
keep = []
class Sep(bytes):
    def __len__(self):
        m.release()
        ba.clear()
        keep.extend(b"SECRET!!" * n for n in (12400, 12000, 11000, 9000, 6000, 3000, 1000))
        return 1
try:
    raw = bytes.fromhex(m.hex(Sep(b"-"), 8).replace("-", ""))
except ValueError as e:
    raw = b""
    print("refused:", e)
if raw.count(b"SECRET!!") > 100:
    print("MEMORY-OVERWRITTEN: hex() printed another object's bytes", raw.count(b"SECRET!!"), "times")
else:
    print("hex:", raw[:16])
