# expect: reject store
# why: a callee not found by name (a def reached through a dict display) may be any escaping def or lambda: what it
#   puts into its parameter lands in the caller's argument, here the library's own value
# line: 9
import keyword


def put(d):
    d[0] = keyword.kwlist


x = [None]
{"k": put}["k"](x)
x[0].append("pwn")
print(keyword.kwlist[-1])
