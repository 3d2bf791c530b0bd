# expect: reject memory
# line: 9
# why: round 91 (red team): a decorator calls its value with no call written; over a
#   nested def in a __repr__ it ran a function that empties the list being formatted
L = []


def impure(f):
    L.clear()
    return f


class Trigger:
    def __repr__(self):
        @impure
        def f():
            return 1

        return "t"


L.append(slice(Trigger(), "q" * 40))
print(repr(L))
