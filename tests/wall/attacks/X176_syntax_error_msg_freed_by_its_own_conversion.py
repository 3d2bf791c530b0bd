# family: wall (memory: a built-in exception's str() converts a field borrowed; the conversion replaces it)   goal: crash   interpreter: /usr/bin/python3
# Of our own, after round 89 (X125's family in the other exceptions' C __str__):
# 3.11's SyntaxError_str calls str() on self->msg borrowed, and msg is a writable
# member (so are IndentationError's and TabError's, which inherit the method).
# The field is a slice(A(), [...], [...]) held by the exception alone; the slice's
# repr (PyUnicode_FromFormat("slice(%R, %R, %R)") over its fields) runs A.__repr__,
# which replaces the field: the slice and its lists are freed while the format
# still reads them, and the blocks refilled with other lists crash it (SIGSEGV on
# the image's 3.11.2).
# The wall: SyntaxError's __str__ holds msg for the call (exc_hold).
class Pad:
    def __repr__(self):
        return "p"


class A:
    def __repr__(self):
        e.msg = None
        refill = [[Pad() for _ in range(9)] for _ in range(400)]
        return "a"

    __str__ = __repr__


e = SyntaxError('m')
for i in range(30):
    S = slice(A(), [Pad() for _ in range(5)], [Pad() for _ in range(5)])
    e.msg = S
    del S
    out = str(e)
print("survived", out[:60])
