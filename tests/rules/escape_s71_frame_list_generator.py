# expect: reject memory
# line: 14
# why: a generator's frame is entered again by next(): the list it made and
#   handed out may be borrowed by C code when it clears it
class Trigger:
    def __repr__(self):
        next(G)
        return "t"


def gen():
    rows = [slice(Trigger(), "q" * 40)]
    yield rows
    rows.clear()
    yield 0


G = gen()
R = next(G)
print(repr(R))
