# expect: reject store
# line: 12
# verified: reaches its goal under plain python3 (3.11) in a temp dir (keyword.kwlist extended: the new item printed)
# why: tenth red team (10b), family A, our own: itertools.starmap with max hands out an item of an item

import functools
import itertools
import json
import keyword
import operator

next(itertools.starmap(max, [[[keyword.kwlist]]])).append("pwned_by_starmap")
print(keyword.kwlist[-1])
