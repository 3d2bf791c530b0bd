# expect: reject store
# why: a program's own `get` that keeps its argument is followed as the
#   program's method (by its def), not taken as dict.get: the module's list
#   lands in the box and appending to its item writes keyword.kwlist
# line: 17
# verified: reaches its goal under plain python3 (3.11): kwlist ends in "x"
import keyword


class Box(list):
    def get(self, v):
        self.append(v)


b = Box()
b.get(keyword.kwlist)
b[0].append("x")
