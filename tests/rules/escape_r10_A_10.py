# expect: reject store
# line: 8
# verified: reaches its goal under plain python3 (3.11) in a temp dir (a standard-library list extended: the new item printed)
# why: tenth red team (10b), family A, our own: sum over no items returns its start itself

import keyword

sum([], keyword.kwlist).append("pwned_by_sum")
print(keyword.kwlist[-1])
