# expect: reject store
# why: a callee not found by name (a def called through a second name) may be any escaping def or lambda: what it
#   puts into its parameter lands in the caller's argument, here the library's own value
# line: 9
import keyword


def g(d):
    d.append(keyword.kwlist)


h = g
x = []
h(x)
x[0].append("pwn")
print(keyword.kwlist[-1])
