# expect: reject store
# why: a callee not found by name (a closure from a factory, called on the spot) may be any escaping def or lambda: what it
#   puts into its parameter lands in the caller's argument, here the library's own value
# line: 10
import keyword


def make():
    def put(d):
        d.append(keyword.kwlist)

    return put


x = []
make()(x)
x[0].append("pwn")
print(keyword.kwlist[-1])
