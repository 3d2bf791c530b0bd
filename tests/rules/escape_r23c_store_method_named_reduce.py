# expect: reject store
# why: a method named reduce leaves functools.reduce (imported by name) the library function
# line: 15

import keyword
from functools import reduce


class T:
    def reduce(self):
        return 0


y = reduce(lambda a, b: b, [0, keyword.kwlist])
y.append("pwn")
