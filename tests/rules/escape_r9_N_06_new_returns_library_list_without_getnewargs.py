# expect: reject dunder
# line: 19
# verified: reaches its goal under plain python3 (3.11.7) in a temp dir
# why: no __getnewargs__ at all: copy rebuilds with copyreg.__newobj__(K), i.e.
#   K.__new__(K) with no arguments, and a __new__ that answers from module state (FLAG
#   set after K() was made) returns keyword.kwlist, into which copy appends K's list
#   items
# Goal reached: keyword.kwlist extended
# Output under python3:
#   pwned_keyword True

import copy
import keyword

FLAG = []


class K(list):
    def __new__(cls, *args):
        if FLAG:
            return keyword.kwlist
        return super().__new__(cls)

    def __init__(self):
        super().__init__()
        self.append("pwned_keyword")


k = K()
FLAG.append(1)
copy.deepcopy(k)
print(keyword.kwlist[-1], "pwned_keyword" in keyword.kwlist)
