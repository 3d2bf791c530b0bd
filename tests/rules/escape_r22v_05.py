# expect: reject store
# why: a callee not found by name (ok_05's indirection) may be any escaping def or lambda: what it
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
