# expect: reject store
# why: next(It()) is what It's __next__ returns
# line: 20
# goal: writes into keyword.kwlist
# mechanism: next(It()) is what It's __next__ returns
# rule: store (rules/README.md sec.4, "a store through an object a call or an item hands
#   back"): the store lands in the object the expression may be, which other names hold.
import keyword

lst = []


class It:
    def __next__(self):
        return lst


v = next(It())
v.append(keyword.kwlist)
lst[0].append("zzz")
print(keyword.kwlist[-1])
