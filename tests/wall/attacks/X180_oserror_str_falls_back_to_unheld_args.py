# family: wall (memory: a built-in exception's str() converts a field borrowed; the conversion replaces it)   goal: crash   interpreter: /usr/bin/python3
# Of our own, after round 89 (X125's family in the other exceptions' C __str__):
# 3.11's OSError_str, for an OSError without errno and strerror, calls
# BaseException's C __str__ itself, not through the patched slot: args[0] is
# converted borrowed, and args is writable (ImportError's __str__ falls back alike).
# The field is a slice(A(), [...], [...]) held by the exception alone; the slice's
# repr (PyUnicode_FromFormat("slice(%R, %R, %R)") over its fields) runs A.__repr__,
# which replaces the field: the slice and its lists are freed while the format
# still reads them, and the blocks refilled with other lists crash it (SIGSEGV on
# the image's 3.11.2).
# The wall: OSError's and ImportError's __str__ hold args for the call (exc_hold).
class Pad:
    def __repr__(self):
        return "p"


class A:
    def __repr__(self):
        e.args = ()
        refill = [[Pad() for _ in range(9)] for _ in range(400)]
        return "a"

    __str__ = __repr__


e = OSError('a')
for i in range(30):
    S = slice(A(), [Pad() for _ in range(5)], [Pad() for _ in range(5)])
    e.args = (S,)
    del S
    out = str(e)
print("survived", out[:60])
