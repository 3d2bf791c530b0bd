# expect: reject store
# why: an accessor called through its class (dict.get(d, k, x)) may hand back any argument, the default at position 2 too
# line: 7
import keyword

y = dict.get({}, "k", keyword.kwlist)
y.append("pwn")
print(keyword.kwlist[-1])
