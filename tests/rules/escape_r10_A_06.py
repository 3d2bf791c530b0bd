# expect: reject store
# line: 10
# verified: reaches its goal under plain python3 (3.11) in a temp dir (a standard-library list extended: the new item printed)
# why: tenth red team (10b), family A, our own: itertools.repeat hands out its argument itself, each step

import itertools
import keyword

for k in itertools.repeat(keyword.kwlist, 1):
    k.append("pwned_by_repeat")
print(keyword.kwlist[-1])
