# expect: reject store
# line: 17
# verified: reaches its goal under plain python3 (3.11) (the last line prints the library object after)
# why: x *= v on a number rebinds x to what v.__rmul__ returns: the program's reflected operator hands back the library's list, which the next += extends in place

import keyword


class K:
    def __rmul__(self, other):
        return keyword.kwlist


x = 1
for v in (K(), 2):
    x *= v
x += ["ZZZ"]
print(keyword.kwlist[-1])
