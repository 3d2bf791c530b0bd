# expect: reject store
# why: a program method named countTestCases does not make TestSuite(...).countTestCases() the program's: the library sums what Count.__radd__ returns
# line: 23

import keyword
import unittest


class Count:
    def __radd__(self, other):
        return keyword.kwlist


class Case:
    def __call__(self, result):
        pass

    def countTestCases(self):
        return Count()


y = unittest.TestSuite([Case()]).countTestCases()
y.append("pwn")
print(keyword.kwlist[-1])
