# expect: accept
# why: Star imports of modules whose every public name is an ordinary attribute (and of
#   a package with __all__, which binds no submodule).
from collections import *
from itertools import *
from math import *

print(sqrt(16), list(islice(count(), 3)), Counter("abca").most_common(1), deque([1]))
