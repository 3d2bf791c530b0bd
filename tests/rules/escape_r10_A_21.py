# expect: reject store
# line: 12
# verified: reaches its goal under plain python3 (3.11) in a temp dir (keyword.kwlist extended: the new item printed)
# why: tenth red team (10b), family A, our own: json.loads with an object_pairs_hook built by functools.partial from max hands back partial's default

import functools
import itertools
import json
import keyword
import operator

json.loads("{}", object_pairs_hook=functools.partial(max, default=keyword.kwlist)).append("pwned_by_pairs_hook")
print(keyword.kwlist[-1])
