# expect: reject module_attribute
# line: 20
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: wraps over unittest.skipUnless(True, ...) (which returns what it got)
#   over typing.overload: wraps writes into whatever the decorator below it
#   returned, so it is the innermost decorator.
# Goal reached: write into a standard-library function's namespace.
import functools
import typing
import unittest


def evil(*a, **k):
    return "program code"


evil.payload = "planted by the program"


@functools.wraps(evil)
@unittest.skipUnless(True, "always")
@typing.overload
def g(x: int) -> int:
    ...


@typing.overload
def h(x: str) -> str:
    ...


print(h.payload)
