# family: wall (memory: a built-in exception's str() converts a field borrowed; the conversion replaces it)   goal: crash   interpreter: /usr/bin/python3
# Of our own, after round 89 (X125's family in the other exceptions' C __str__):
# 3.11's UnicodeTranslateError_str calls str() on self->reason borrowed, a
# writable member.
# The field is a slice(A(), [...], [...]) held by the exception alone; the slice's
# repr (PyUnicode_FromFormat("slice(%R, %R, %R)") over its fields) runs A.__repr__,
# which replaces the field: the slice and its lists are freed while the format
# still reads them, and the blocks refilled with other lists crash it (SIGSEGV on
# the image's 3.11.2).
# The wall: the str() is written out (encode_error_str), the field held in a local.
class Pad:
    def __repr__(self):
        return "p"


class A:
    def __repr__(self):
        e.reason = 'r'
        refill = [[Pad() for _ in range(9)] for _ in range(400)]
        return "a"

    __str__ = __repr__


e = UnicodeTranslateError('abc', 0, 1, 'r')
for i in range(30):
    S = slice(A(), [Pad() for _ in range(5)], [Pad() for _ in range(5)])
    e.reason = S
    del S
    out = str(e)
print("survived", out[:60])
