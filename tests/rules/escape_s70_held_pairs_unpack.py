# expect: reject memory
# line: 10
# why: iterating a list a name holds runs no code, but unpacking its items does: a
#   display's items are not what the list holds later (a generator appended), so
#   `for a, b in PAIRS` is judged as any iteration whose items are unpacked
L = []


def work():
    L.clear()
    yield 1
    yield 2


PAIRS = [(1, 2)]
PAIRS.append(work())


class Trigger:
    def __repr__(self):
        for a, b in PAIRS:
            pass
        return "t"


L.append(slice(Trigger(), "q" * 40))
print(repr(L))
