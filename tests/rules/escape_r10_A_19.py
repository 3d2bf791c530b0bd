# expect: reject store
# line: 12
# verified: reaches its goal under plain python3 (3.11) in a temp dir (keyword.kwlist extended: the new item printed)
# why: tenth red team (10b), family A, our own: itertools.accumulate with operator.getitem hands out parts of parts

import functools
import itertools
import json
import keyword
import operator

list(itertools.accumulate([[[keyword.kwlist]], 0], operator.getitem))[1][0].append("pwned_by_accumulate")
print(keyword.kwlist[-1])
