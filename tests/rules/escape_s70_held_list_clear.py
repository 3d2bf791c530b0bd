# expect: reject memory
# line: 10
# why: a name bound once to a list display holds a list, whose read-only methods
#   alone are allowed in judged code: its clear empties the list being formatted
L = []


class Trigger:
    def __repr__(self):
        L.clear()
        return "t"


L.append(slice(Trigger(), "q" * 40))
print(repr(L))
