# expect: reject store
# line: 11
# verified: reaches its goal under plain python3 (3.11) in a temp dir (a standard-library list extended: the new item printed)
# why: tenth red team (10b), family A, our own: contextlib.ExitStack's push returns its argument

import contextlib
import keyword

try:
    with contextlib.ExitStack() as stack:
        stack.push(keyword.softkwlist).append("pwned_by_push")
except TypeError:  # the stack then calls the list on exit
    pass
print(keyword.softkwlist[-1])
