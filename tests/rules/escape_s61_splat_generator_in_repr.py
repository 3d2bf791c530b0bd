# expect: reject memory
# line: 9
# why: round 91 (red team): list(*[g]) iterates g, an item of a display handed as
#   arguments; the generator's body empties the list being formatted
L = []


def work():
    L.clear()
    yield 1


GENS = [work()]


class Trigger:
    def __repr__(self):
        return str(list(*[GENS[0]]))


L.append(slice(Trigger(), "q" * 40))
print(repr(L))
