# expect: reject store
# why: a callee not found by name (a local lambda whose default is the library value) may be any escaping def or lambda: what it
#   puts into its parameter lands in the caller's argument, here the library's own value
# line: 10
import keyword


def f():
    x = []
    g = lambda d, v=keyword.kwlist: d.append(v)
    g(x)
    x[0].append("pwn")


f()
print(keyword.kwlist[-1])
