# expect: accept
# why: copy.copy of builtin containers the program wrote: a dict bound once by a
#   display (shared nested lists show the shallow copy), a list comprehension, a
#   set and a tuple display, and the function imported from copy.
import copy
from copy import copy as shallow_copy

DEFAULTS = {"app": {"plugins": ["auth"]}, "port": 8080}
GRID = [[0] * 3 for _ in range(2)]

clone = copy.copy(DEFAULTS)
clone["app"]["plugins"].append("cache")
clone["port"] = 9090
print(DEFAULTS, clone)
rows = copy.copy(GRID)
rows[0][0] = 1
print(GRID, rows is GRID)
print(shallow_copy({1, 2, 3}), copy.copy((1, [2])), copy.copy([x * x for x in range(4)]))
