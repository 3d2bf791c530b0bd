# expect: reject store
# why: a callee not found by name (a bound method taken as a value) may be any escaping def or lambda: what it
#   puts into its parameter lands in the caller's argument, here the library's own value
# line: 10
import keyword


class K:
    def g(self, d):
        d.append(keyword.kwlist)


x = []
m = K().g
m(x)
x[0].append("pwn")
print(keyword.kwlist[-1])
