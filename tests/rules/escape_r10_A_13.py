# expect: reject store
# line: 10
# verified: reaches its goal under plain python3 (3.11) in a temp dir (a standard-library list extended: the new item printed)
# why: tenth red team (10b), family A, our own: contextlib.nullcontext (the documented open case) under with

import contextlib
import keyword

with contextlib.nullcontext(keyword.kwlist) as k:
    k.append("pwned_by_nullcontext")
print(keyword.kwlist[-1])
