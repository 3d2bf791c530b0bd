# expect: reject store
# line: 12
# verified: reaches its goal under plain python3 (3.11) in a temp dir (the last line prints the library object after)
# why: a plain alias (a conditional `a = d if c else e`: a may be d's object)

import keyword
import sys
d = {}
e = {}
a = d if len(sys.argv) < 5 else e
a["k"] = keyword.kwlist
d["k"].append(3)
print(keyword.kwlist[-1])
