# expect: reject memory
# line: 10
# why: round 91 (red team): `raise Boom` instantiates Boom with no call written; its
#   __init__ empties the list being formatted
L = []


class Boom(ValueError):
    def __init__(self):
        L.clear()
        super().__init__("boom")


class Trigger:
    def __repr__(self):
        try:
            raise Boom
        except ValueError:
            return "t"


L.append(slice(Trigger(), "q" * 40))
print(repr(L))
