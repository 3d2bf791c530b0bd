# expect: reject store
# why: list(It()) holds what It's __iter__ hands out: c = list(It()); c[0].append(M)
# line: 20
# goal: writes into keyword.kwlist
# mechanism: list(It()) holds what It's __iter__ hands out: c = list(It()); c[0].append(M)
# rule: store (rules/README.md sec.4, "a store through an object a call or an item hands
#   back"): the store lands in the object the expression may be, which other names hold.
import keyword

lst = []


class It:
    def __iter__(self):
        return iter([lst])


c = list(It())
c[0].append(keyword.kwlist)
lst[0].append("zzz")
print(keyword.kwlist[-1])
