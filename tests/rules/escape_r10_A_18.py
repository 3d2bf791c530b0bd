# expect: reject store
# line: 12
# verified: reaches its goal under plain python3 (3.11) in a temp dir (keyword.kwlist extended: the new item printed)
# why: tenth red team (10b), family A, our own: map with a library function (operator.getitem) hands out a part of its items

import functools
import itertools
import json
import keyword
import operator

next(map(operator.getitem, [[keyword.kwlist]], [0])).append("pwned_by_map_getitem")
print(keyword.kwlist[-1])
