# expect: reject store
# why: the same with a name holding the display, repeated by an integer literal
# line: 9
import keyword
lst = []
x = [lst]
y = []
y += x * 1
y[0].append(keyword.kwlist)
lst[0].append("zzz")
print(keyword.kwlist[-1])
