# expect: reject store
# why: Counter.total() sums the program's values with library code: 0 + Count() is what __radd__ returns, a method named total elsewhere notwithstanding
# line: 20

import collections
import keyword


class Count:
    def __radd__(self, other):
        return keyword.kwlist


class Tally:
    def total(self):
        return 0


y = collections.Counter({"a": Count()}).total()
y.append("pwn")
print(keyword.kwlist[-1])
