# expect: reject memory
# line: 19
# why: round 91 (red team): a comparison dunder anywhere in the program had switched the
#   text-purity judgement off, so a __repr__ that empties the list being formatted ran
#   again (list_repr formats its items borrowed)
L = []


class Key:
    def __init__(self, k):
        self.k = k

    def __eq__(self, other):
        return isinstance(other, Key) and self.k == other.k


class Trigger:
    def __repr__(self):
        L.clear()
        return "t"


L.append(slice(Trigger(), "q" * 40))
print(Key(1) == Key(1), repr(L))
