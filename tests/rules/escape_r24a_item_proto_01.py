# expect: reject store
# why: an item of a program object is what its __getitem__ returns: It()[0].append(M)
# line: 19
# goal: writes into keyword.kwlist
# mechanism: an item of a program object is what its __getitem__ returns: It()[0].append(M)
# rule: store (rules/README.md sec.4, "a store through an object a call or an item hands
#   back"): the store lands in the object the expression may be, which other names hold.
import keyword

lst = []


class It:
    def __getitem__(self, k):
        return lst


It()[0].append(keyword.kwlist)
lst[0].append("zzz")
print(keyword.kwlist[-1])
