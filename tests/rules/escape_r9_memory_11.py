# expect: reject memory
# line: 9
# verified: plain python3 3.11.2 (/usr/bin/python3 -I): prints 'bytearray 0x7f... True' (a bytearray over memory from Wc's instance up)
# why: gh-120298 with __lt__ calling no method and storing nothing: math.fsum iterates a generator made in __init__, whose body empties the list; a pure function iterates only values written out there, math's fsum/prod/dist included (round 17: generator functions are judged once a pure function iterates such a value, so drain itself is refused where it empties the list)
import math
vl = []
keep = []
def drain():
    vl.clear()
    yield 1.0
class V:
    __slots__ = ("a", "b", "c", "d", "e", "f")
    def __init__(s):
        s.a = drain()
    def __eq__(s, o): return False
    def __lt__(s, o):
        return math.fsum(s.a) and NotImplemented
class Wc:
    def __eq__(s, o): return False
    def __gt__(s, o):
        # a display: its 80-byte item array takes the freed block back; o then reads as
        # refcnt = slot 2, ob_type = slot 3 (bytearray), ob_size = slot 4 (an address),
        # ob_alloc = slot 5, ob_bytes = slot 6, ob_start = slot 7 (s), ob_exports = slot 8
        return (o, [0, 1, 2, bytearray, s, s, s, s, 0, 9])
def raw_memory():
    w = Wc()
    vl.append(V())
    r = vl < [w]
    keep.append(r)
    keep.append(w)
    return r[0]
mem = raw_memory()
print(type(mem).__name__, hex(len(mem)), int.from_bytes(mem[8:16], "little") == id(Wc))
