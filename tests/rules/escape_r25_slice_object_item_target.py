# expect: reject store
# why: an item target whose index is a slice object held in a name stores the
#   value's elements, not the value: box[k] = outer makes box[0] inner, so
#   box[0][0] is keyword.kwlist (an index that is no plain one iterates)
# line: 13
import keyword

inner = [keyword.kwlist]
outer = [inner]
box = [[]]
k = slice(0, 1)
box[k] = outer
box[0][0].append("zzz")
print(keyword.kwlist[-1])
