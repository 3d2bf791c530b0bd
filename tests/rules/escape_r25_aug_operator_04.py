# expect: reject store
# why: a concatenation of names, one holding [lst]: its elements are y's items
# line: 10
import keyword
lst = []
x = [lst]
z = []
y = []
y += x + z
y[0].append(keyword.kwlist)
lst[0].append("zzz")
print(keyword.kwlist[-1])
