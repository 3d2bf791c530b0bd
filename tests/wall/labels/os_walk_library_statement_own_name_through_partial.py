# label: os.walk
# The same statement with os's `sys` replaced by the program: its audit a C callable
# (functools.partial, no frame) that passes the statement's own name and arguments on.
# The name is still the statement's constant, and os.walk did run: its own name.
import functools
import sys

os = sys.modules["os"]


class Fake:
    audit = functools.partial(sys.audit)


os.sys = Fake
print(list(os.walk("/")))
