# expect: reject store
# line: 9
# verified: reaches its goal under plain python3 (3.11) in a temp dir (a standard-library list extended: the new item printed)
# why: tenth red team (10b), family A, our own: itertools.chain.from_iterable flattens one level, so next() hands out an element of an element

import itertools
import keyword

next(itertools.chain.from_iterable([[keyword.kwlist]])).append("pwned_by_chain")
print(keyword.kwlist[-1])
