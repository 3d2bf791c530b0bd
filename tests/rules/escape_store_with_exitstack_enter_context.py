# expect: reject store
# why: ExitStack's with-target no longer aliases what the program's
#   __enter__ returns, but enter_context hands that return back as its result:
#   the module's list, appended to
# line: 21
# verified: reaches its goal under plain python3 (3.11): kwlist ends in "x"
import keyword
from contextlib import ExitStack


class T:
    def __enter__(self):
        return keyword.kwlist

    def __exit__(self, *a):
        return False


with ExitStack() as st:
    s = st.enter_context(T())
    s.append("x")
