# expect: reject memory
# line: 13
# why: round 91 (red team): a generator suspended in try/finally and left in a cycle is
#   closed by the collector, which an allocation inside a C repr may start: its finally
#   block runs there and empties the list being formatted
L = []


def cleaner(box):
    try:
        yield 1
    finally:
        L.clear()


class Trigger:
    def __repr__(self):
        junk = [[i] for i in range(3000)]
        return "t" + str(len(junk))


L.append(slice(Trigger(), "q" * 40))
box = []
gen = cleaner(box)
next(gen)
box.append(gen)
del gen, box
print(repr(L))
