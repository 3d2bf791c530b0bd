# expect: reject store
# line: 12
# verified: reaches its goal under plain python3 (3.11) in a temp dir (keyword.kwlist extended: the new item printed)
# why: tenth red team (10b), family A, our own: dict(pairs) takes each pair's value one level up

import functools
import itertools
import json
import keyword
import operator

dict([("a", keyword.kwlist)])["a"].append("pwned_by_dict_pairs")
print(keyword.kwlist[-1])
