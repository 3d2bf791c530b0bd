# expect: reject store
# line: 9
# verified: reaches its goal under plain python3 (3.11) in a temp dir (a standard-library list extended: the new item printed)
# why: tenth red team (10b), family A, our own: copy.copy builds a new tuple, whose items are still its argument's items

import copy
import keyword

copy.copy((keyword.kwlist,))[0].append("pwned_through_copy")
print(keyword.kwlist[-1])
