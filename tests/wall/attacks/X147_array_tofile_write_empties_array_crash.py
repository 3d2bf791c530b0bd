# family: wall (memory: array.tofile reads past an array its file's write emptied)   goal: crash   interpreter: /usr/bin/python3
# A sibling of X146: the write empties the array (its buffer freed, the pointer
# NULL) and 3.11's tofile reads the next block at NULL + 64 KiB: SIGSEGV. The
# wall: tofile writes blocks of a copy taken before the first write (array_tofile).
from array import array
a = array('B', b'A' * (65536 * 3))
class F:
    n = 0
    def write(self, b):
        F.n += 1
        if F.n == 1:
            del a[:]
        return len(b)
a.tofile(F())
print("tofile wrote", F.n, "blocks; the array has", len(a), "items")
