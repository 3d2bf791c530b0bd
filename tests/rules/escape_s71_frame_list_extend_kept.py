# expect: reject memory
# line: 18
# why: extend iterates its argument: a map kept elsewhere runs code nobody judged
L = []


def wipe(x):
    L.clear()
    return x


M = map(wipe, [1])


class Trigger:
    def __repr__(self):
        rows = []
        rows.extend(M)
        return "t"


L.append(slice(Trigger(), "q" * 40))
print(repr(L))
