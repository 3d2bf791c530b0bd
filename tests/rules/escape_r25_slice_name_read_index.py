# expect: reject store
# why: an index that is a slice object held in a name takes no level down:
#   box[k] is a new list of box's items, so box[k][0] is lst and the append
#   puts keyword.kwlist into lst (round 24e); the store is filed at both depths
# line: 11
import keyword

lst = []
box = [lst]
k = slice(None)
box[k][0].append(keyword.kwlist)
lst[0].append("zzz")
print(keyword.kwlist[-1])
