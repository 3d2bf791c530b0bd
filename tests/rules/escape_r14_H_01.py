# expect: reject module_value
# line: 9
# verified: reaches its goal under plain python3 (3.11) in a temp dir (the os module from sys.modules: the working directory printed)
# why: round 14, a module as hasattr's first argument: the program binds its own hasattr, which hands the module back as a value

import sys
def hasattr(m, n):
    return m
s = hasattr(sys, "version")
print(s.modules["os"].getcwd())
