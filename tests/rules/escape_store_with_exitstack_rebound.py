# expect: reject store
# why: ExitStack rebound to a program class whose __enter__ answers the
#   module's list: the name is no longer contextlib's (its import is not its
#   only binding), so the target aliases what __enter__ returns
# line: 21
# verified: reaches its goal under plain python3 (3.11): kwlist ends in "x"
import keyword
from contextlib import ExitStack


class T:
    def __enter__(self):
        return keyword.kwlist

    def __exit__(self, *a):
        return False


ExitStack = T
with ExitStack() as s:
    s.append("x")
