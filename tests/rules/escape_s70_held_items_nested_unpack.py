# expect: reject memory
# line: 10
# why: a dict's items() hands out pairs, unpacked without code, but what a pair holds
#   is what the dict holds now: `for k, (a, b) in D.items()` iterates a generator
#   put in the dict after its display was made
L = []


def work():
    L.clear()
    yield 1
    yield 2


D = {"k": (1, 2)}
D["k"] = work()


class Trigger:
    def __repr__(self):
        for k, (a, b) in D.items():
            pass
        return "t"


L.append(slice(Trigger(), "q" * 40))
print(repr(L))
