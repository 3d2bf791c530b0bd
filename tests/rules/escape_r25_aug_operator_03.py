# expect: reject store
# why: the right side is a program operator method's result ([lst]): its elements are y's items
# line: 11
import keyword
lst = []
class K:
    def __mul__(self, n):
        return [lst]
y = []
y += K() * 1
y[0].append(keyword.kwlist)
lst[0].append("zzz")
print(keyword.kwlist[-1])
