# expect: reject memory
# line: 12
# why: a local bound twice is no container its frame made: `rows = L` makes the
#   frame's clear empty the list being formatted
L = []


class Trigger:
    def __repr__(self):
        rows = []
        rows = L
        rows.clear()
        return "t"


L.append(slice(Trigger(), "q" * 40))
print(repr(L))
