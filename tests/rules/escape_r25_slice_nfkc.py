# expect: reject store
# why: the same with slice spelled in fullwidth letters, which CPython folds
#   (NFKC) to the builtin slice
# line: 10
import keyword

lst = []
box = [lst]
k = ｓlice(None)
box[k][0].append(keyword.kwlist)
lst[0].append("zzz")
print(keyword.kwlist[-1])
