# expect: accept
# why: round 14 (honest14b p32): a version guard on a module, hasattr(module, "name") with a literal name, also on a module imported under another name and on a name the module has

import itertools as it
import math
import functools
print(hasattr(it, "batched"), hasattr(math, "lcm"), hasattr(functools, "cache"))
if hasattr(math, "cbrt"):
    print("3.11 or later")
