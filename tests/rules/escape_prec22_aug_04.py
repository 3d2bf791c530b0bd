# expect: reject store
# line: 20
# verified: reaches its goal under plain python3 (3.11) (the last line prints the library object after)
# why: a reflected operator bound by a class-body name (`__rmul__ = helper`) answers `x *= v` on a number: x becomes the library's list

import keyword


def helper(self, other):
    return keyword.kwlist


class K:
    __rmul__ = helper


x = 1
for v in (K(), 2):
    x *= v
x += ["ZZZ"]
print(keyword.kwlist[-1])
