# expect: accept
# why: tenth red team (10b), family F: the writing decorators used as decorators over the program's own defs and classes, or called on them, stay allowed

import unittest, functools, typing, abc, dataclasses
from typing import final as fin

@unittest.skip("slow")
class T(unittest.TestCase):
    @unittest.skipIf(True, "x")
    def test_a(self):
        pass

    @unittest.expectedFailure
    def test_b(self):
        self.fail("x")

@functools.total_ordering
class K:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
    def __eq__(self, o):
        return self.v == o.v

@fin
class F:
    @typing.final
    def m(self):
        return 1

class A(abc.ABC):
    @abc.abstractmethod
    def run(self):
        ...

def g(x):
    return x

typing.final(g)
unittest.skip("r")(T)
functools.total_ordering(K)
print(K(1) < K(2), K(2) >= K(1))
