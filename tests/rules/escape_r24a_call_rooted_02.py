# expect: reject store
# why: a store through a method's result: It().get().append(M)
# line: 19
# goal: writes into keyword.kwlist
# mechanism: a store through a method's result: It().get().append(M)
# rule: store (rules/README.md sec.4, "a store through an object a call or an item hands
#   back"): the store lands in the object the expression may be, which other names hold.
import keyword

lst = []


class It:
    def get(self):
        return lst


It().get().append(keyword.kwlist)
lst[0].append("zzz")
print(keyword.kwlist[-1])
