# expect: reject store
# line: 12
# verified: reaches its goal under plain python3 (3.11) in a temp dir (keyword.kwlist extended: the new item printed)
# why: tenth red team (10b), family A, our own: itertools.zip_longest pads with its fillvalue itself, given by keyword

import functools
import itertools
import json
import keyword
import operator

next(itertools.zip_longest([1], [], fillvalue=keyword.kwlist))[1].append("pwned_by_fillvalue")
print(keyword.kwlist[-1])
