# expect: reject store
# why: an item of a name bound to a program object: box[0].append(M), box = It()
# line: 20
# goal: writes into keyword.kwlist
# mechanism: an item of a name bound to a program object: box[0].append(M), box = It()
# rule: store (rules/README.md sec.4, "a store through an object a call or an item hands
#   back"): the store lands in the object the expression may be, which other names hold.
import keyword

lst = []


class It:
    def __getitem__(self, k):
        return lst


box = It()
box[0].append(keyword.kwlist)
lst[0].append("zzz")
print(keyword.kwlist[-1])
