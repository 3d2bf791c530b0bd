# expect: reject store
# line: 11
# verified: reaches its goal under plain python3 (3.11) (the last line prints the library object after)
# why: a name bound to a Fraction once and to the library's list otherwise is not immutable: += extends the list in place

import keyword
from fractions import Fraction

x = Fraction(1)
x = keyword.kwlist
x += ["ZZZ"]
print(keyword.kwlist[-1])
