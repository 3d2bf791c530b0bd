# family: wall (memory: a built-in exception's str() converts a field borrowed; the conversion replaces it)   goal: crash   interpreter: /usr/bin/python3
# Of our own, after round 89: 3.11's UnicodeEncodeError_str converts self->reason
# and then self->encoding, each borrowed. Holding the fields the call began with is
# not enough: reason's __str__ sets encoding to a new slice(B(), [...], [...]) held
# by the exception alone, and that slice's repr, the second conversion, runs
# B.__repr__, which sets encoding again: the slice is freed under its own repr
# (SIGSEGV on the image's 3.11.2). The wall: the str() is written out
# (encode_error_str), each field read into a local before it is converted.
class Pad:
    def __repr__(self):
        return "p"


class B:
    def __repr__(self):
        e.encoding = "ascii"
        refill = [[Pad() for _ in range(9)] for _ in range(400)]
        return "b"


class A:
    def __str__(self):
        e.encoding = slice(B(), [Pad() for _ in range(5)], [Pad() for _ in range(5)])
        return "r"


e = UnicodeEncodeError("ascii", "abc", 0, 1, "r")
for i in range(30):
    e.reason = A()
    out = str(e)
print("survived", out[:60])
