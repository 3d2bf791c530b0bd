# expect: reject memory
# line: 8
# verified: plain python3 3.11.2 (/usr/bin/python3 -I): prints 'bytearray 0x7f... True' (a bytearray over memory from Wc's instance up, its type word read through it); accepted by the checker before this rule
# why: gh-120298 with no call and no store in any comparison: a subscript read runs __getitem__, bound in a class body to the list's pop; and the reflected __gt__ is pure too, taking the freed block back with a ten-item list display (its 80-byte item array is a fake bytearray header): judged dunders are bound only by defs
vl = []
keep = []
class R:
    __getitem__ = vl.pop
class V:
    __slots__ = ("a", "b", "c", "d", "e", "f")
    def __init__(s):
        s.a = R()
    def __eq__(s, o): return False
    def __lt__(s, o):
        x = s.a[0]
        return NotImplemented
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
