# expect: reject memory
# line: 19
# why: a slice store into a list the frame made iterates the value stored, which
#   may be an iterator running code nobody judged
L = []


def wipe(x):
    L.clear()
    return x


M = map(wipe, [1])


class Trigger:
    def __repr__(self):
        rows = []
        rows[:] = M
        return "t"


L.append(slice(Trigger(), "q" * 40))
print(repr(L))
