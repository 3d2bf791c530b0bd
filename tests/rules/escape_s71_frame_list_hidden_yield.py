# expect: reject memory
# line: 18
# why: a yield in a nested def's default makes the enclosing def a generator,
#   whose frame next() enters again: the list it made and handed out may be
#   borrowed by C code when it clears it
class Trigger:
    def __repr__(self):
        next(G)
        return "t"


def gen():
    rows = [slice(Trigger(), "q" * 40)]

    def first(x=(yield rows)):
        return x

    rows.clear()
    yield first


G = gen()
R = next(G)
print(repr(R))
