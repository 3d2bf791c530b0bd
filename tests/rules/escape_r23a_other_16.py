# expect: reject store
# why: a partial planted by a computed-name setattr and called as a method hands back what it holds
# line: 16
import functools
import keyword


class Box:
    def put(self, name, value):
        setattr(self, name, value)


b = Box()
b.put("grab", functools.partial(min, [keyword.kwlist]))
y = b.grab()
y.append("pwn")
print(keyword.kwlist[-1])
