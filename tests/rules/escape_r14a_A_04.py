# expect: reject match
# line: 23
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: fourteenth red team (round 14a), family A: a dotted value pattern or mapping-pattern key whose root is no import (a star-imported name, a program subclass of a library class, cls, an alias, a for target) hands a library method, class or container to the subject's __eq__ or get (the red team's program)
# Mechanism: as ok_01 (a star-import root is no import binding for the 13d pattern fix), with a 
# library container's mutating bound method: 'from keyword import *' binds kwlist; 'case 
# {kwlist.append: _}' hands keyword.kwlist.append to the program's get(), which raises it out; 
# calling it writes into the standard library's list (rule store refuses keyword.kwlist.append(...) 
# and the method as a value elsewhere).
# Goal reached: a write into a namespace of the standard library (keyword.kwlist gained 'pwned').
# Checker: build/safe-exec-check --rules rules FILE exits 0 (accepted) at HEAD dc5a2f6
# No dunder name is given to a builtin at run time.
# Output seen under python3 (3.11), run in a fresh temp dir:
#   pwned False
from keyword import *

class Grab(dict):
    def get(self, k, d=None):
        raise LookupError(k)

try:
    match Grab(a=1):
        case {kwlist.append: _}:
            pass
except Exception as e:
    f = e.args[0]
f("pwned")
import keyword
print(keyword.kwlist[-1], keyword.iskeyword("pwned"))
