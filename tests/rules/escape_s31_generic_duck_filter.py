# expect: reject store
# line: 21
# why: a Generic-based instance whose filter is a bound method calling a stored lambda: the library's record reaches the lambda
import logging
import sys
from typing import Generic, TypeVar

T = TypeVar("T")


class F(Generic[T]):
    def __init__(self, g):
        self.check = g
        self.filter = self.run

    def run(self, r):
        return self.check(r)


log = logging.getLogger("x")
log.addFilter(F[int](lambda r: r.args[0].append("--pwned") or True))
log.warning("%s", sys.argv)
print(sys.argv)
