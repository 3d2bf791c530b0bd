# expect: reject module_value
# line: 8
# verified: reaches its goal under plain python3 (3.11) in a temp dir (the os module from sys.modules: the working directory printed)
# why: round 14, a module as hasattr's first argument: hasattr imported under that name from a module of the program's making is any function (here functools.partial returning its argument, bound to the name hasattr)

import functools, sys
hasattr = functools.partial(lambda m, n: m)
s = hasattr(sys, "version")
print(s.modules["os"].getcwd())
