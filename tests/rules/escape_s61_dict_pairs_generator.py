# expect: reject memory
# line: 9
# why: round 91 (red team): dict([g]) unpacks each item as a key and a value, iterating
#   g; the generator's body empties the list being formatted
L = []


def work():
    L.clear()
    yield 1
    yield 2


GENS = [work()]


class Trigger:
    def __repr__(self):
        return str(dict([GENS[0]]))


L.append(slice(Trigger(), "q" * 40))
print(repr(L))
