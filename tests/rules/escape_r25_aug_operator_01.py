# expect: reject store
# why: an augmented assignment whose right side repeats a display holding lst: y's items are lst, so y[0].append(M) puts M into lst
# line: 8
import keyword
lst = []
y = []
y += [lst] * 1
y[0].append(keyword.kwlist)
lst[0].append("zzz")
print(keyword.kwlist[-1])
