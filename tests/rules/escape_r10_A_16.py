# expect: reject store
# line: 12
# verified: reaches its goal under plain python3 (3.11) in a temp dir (keyword.kwlist extended: the new item printed)
# why: tenth red team (10b), family A, our own: dict(a=x) keeps a keyword's value one level down

import functools
import itertools
import json
import keyword
import operator

dict(a=keyword.kwlist)["a"].append("pwned_by_dict_keyword")
print(keyword.kwlist[-1])
