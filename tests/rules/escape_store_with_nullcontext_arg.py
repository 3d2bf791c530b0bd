# expect: reject store
# why: nullcontext's with-target is its argument: the call's value links
#   the target to the module's list, which appending writes
# line: 10
# verified: reaches its goal under plain python3 (3.11): kwlist ends in "x"
import keyword
from contextlib import nullcontext

with nullcontext(keyword.kwlist) as s:
    s.append("x")
