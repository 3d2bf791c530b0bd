# expect: reject store
# why: max(It()) is an element It's __iter__ hands out, used in place
# line: 19
# goal: writes into keyword.kwlist
# mechanism: max(It()) is an element It's __iter__ hands out, used in place
# rule: store (rules/README.md sec.4, "a store through an object a call or an item hands
#   back"): the store lands in the object the expression may be, which other names hold.
import keyword

lst = []


class It:
    def __iter__(self):
        return iter([lst])


max(It()).append(keyword.kwlist)
lst[0].append("zzz")
print(keyword.kwlist[-1])
