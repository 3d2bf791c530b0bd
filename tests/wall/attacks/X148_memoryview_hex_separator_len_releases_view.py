# family: wall (memory: memoryview.hex reads its buffer after the separator's __len__ released the view)   goal: memory   interpreter: /usr/bin/python3
# The sixteenth round's ok_08 (X68's sibling on memoryview): 3.11's
# memoryview.hex takes the view's address and length, then asks the separator's
# length. A str subclass's __len__ releases the view (hex holds no export),
# clears the bytearray (its block freed) and fills the heap with another object's
# bytes: hex() prints them where the 'A's were. The wall: the separator is made an
# exact str or bytes before the call (memory_hex).
ba = bytearray(b"A" * 100000)
m = memoryview(ba)
keep = []
class Sep(str):
    def __len__(self):
        m.release()
        ba.clear()
        keep.extend(b"SECRET!!" * n for n in (12400, 12000, 11000, 9000, 6000, 3000, 1000))
        return 1
try:
    raw = bytes.fromhex(m.hex(Sep(":"), 8).replace(":", ""))
except ValueError as e:
    raw = b""
    print("refused:", e)
if raw.count(b"SECRET!!") > 100:
    print("MEMORY-OVERWRITTEN: hex() printed another object's bytes", raw.count(b"SECRET!!"), "times")
else:
    print("hex:", raw[:16])
