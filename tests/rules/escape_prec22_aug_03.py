# expect: reject store
# line: 18
# verified: reaches its goal under plain python3 (3.11) (the last line prints the library object after)
# why: an operator method bound by a class-body name to a def (`__mul__ = helper`) returns what helper returns, at the level item stores and mutating calls are judged on too

import keyword


def helper(self, other):
    return keyword.kwlist


class K:
    __mul__ = helper


x = K() * 2
x.append("ZZZ")
print(keyword.kwlist[-1])
