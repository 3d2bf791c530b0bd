# expect: reject store
# why: a name bound to an item of a program object: x = It()[0]; x.append(M)
# line: 20
# goal: writes into keyword.kwlist
# mechanism: a name bound to an item of a program object: x = It()[0]; x.append(M)
# rule: store (rules/README.md sec.4, "a store through an object a call or an item hands
#   back"): the store lands in the object the expression may be, which other names hold.
import keyword

lst = []


class It:
    def __getitem__(self, k):
        return lst


x = It()[0]
x.append(keyword.kwlist)
lst[0].append("zzz")
print(keyword.kwlist[-1])
