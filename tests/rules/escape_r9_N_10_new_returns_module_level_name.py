# expect: reject dunder
# line: 17
# verified: reaches its goal under plain python3 (3.11.7) in a temp dir
# why: __new__ returns a module-level name bound to keyword.kwlist (a name never bound
#   in __new__ is no local); copied inside a list
# Goal reached: keyword.kwlist extended
# Output under python3:
#   pwned_keyword True

import copy
import keyword

WORDS = keyword.kwlist


class K(list):
    def __new__(cls, *args):
        if args:
            return WORDS
        return super().__new__(cls)

    def __init__(self):
        super().__init__()
        self.append("pwned_keyword")

    def __getnewargs__(self):
        return ("x",)


copy.deepcopy([K()])
print(keyword.kwlist[-1], "pwned_keyword" in keyword.kwlist)
