# The array guard's conversions as python3 makes them (the sixteenth round's ok_01
# and ok_02): a float typecode refuses str and bytes and reads a float subclass's
# value, not its __float__; a failed extend keeps the items before the bad one, and
# the iterable sees the array grow; fromlist is all or nothing; tofile writes the
# same 64 KiB blocks.
from array import array
import io
a = array('d')
for bad in ("1.5", b"3.25", bytearray(b"2"), None, [1.0]):
    try:
        a.append(bad)
        print("appended", repr(bad), a)
    except TypeError as e:
        print("TypeError", e)
class F(float):
    def __float__(self):
        return 2.0
class G:
    def __float__(self):
        return 4.5
class H:
    def __index__(self):
        return 7
b = array('d')
b.append(F(1.0)); b.append(G()); b.append(H()); b.append(True); b.append(-0.0)
b.append(float("inf")); b.extend([1, 2.5]); b.insert(0, F(9.0)); b[1] = G()
print(b, array('f', [F(0.5), G(), 3]))
try:
    b.append(10 ** 400)
except OverflowError as e:
    print("OverflowError", e)
i = array('i', [0])
try:
    i.extend([1, 2, "three", 4])
except TypeError as e:
    print("TypeError:", e)
print(i)
seen = []
def watch():
    for k in range(4):
        seen.append(len(i))
        yield k
i.extend(watch())
print(i, seen)
try:
    i.fromlist([5, 6, "x"])
except TypeError as e:
    print("fromlist TypeError:", e)
print(i)
try:
    i.extend(5)
except TypeError as e:
    print("TypeError:", e)
big = array('H', range(40000)) * 2
out = io.BytesIO()
big.tofile(out)
class Blocks:
    sizes = []
    def write(self, data):
        Blocks.sizes.append((type(data).__name__, len(data)))
        return len(data)
big.tofile(Blocks())
array('b').tofile(Blocks())
print(len(out.getvalue()), out.getvalue() == big.tobytes(), Blocks.sizes)
try:
    big.tofile(None)
except AttributeError as e:
    print("AttributeError", e)
