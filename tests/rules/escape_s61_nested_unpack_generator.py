# expect: reject memory
# line: 9
# why: round 91: `(a, b), c = [g, 1]` unpacks g, iterating it; the generator's body
#   empties the list being formatted
L = []


def work():
    L.clear()
    yield 1
    yield 2


GENS = [work()]


class Trigger:
    def __repr__(self):
        (a, b), c = [GENS[0], 3]
        return str(a + b + c)


L.append(slice(Trigger(), "q" * 40))
print(repr(L))
