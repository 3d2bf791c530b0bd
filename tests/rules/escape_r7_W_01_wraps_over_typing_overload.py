# expect: reject module_attribute
# line: 23
# verified: the seventh red team's program (ok_10), reaches its goal under plain python3 (3.11)
# Mechanism: decorator stacking: @functools.wraps(evil) over @typing.overload runs update_wrapper on what overload returns, the shared typing._overload_dummy: its __module__, __name__, __qualname__, __doc__, __annotations__, __wrapped__ and every entry of evil.__dict__ are written into that typing function; the program's name g is bound to the library function
# Goal reached: write into a standard-library object's namespace (typing._overload_dummy.__dict__/__name__/__wrapped__ replaced; every later typing.overload(...) returns it)
# Output under python3 (3.11.7, fresh temp dir, env -i PATH HOME MARKER=round7-marker):
#   <function evil at 0x7f14d1513e20>
#   planted by the program <function evil at 0x7f14d17fc4a0>
#   <function evil at 0x7f14d1513e20>
#   planted by the program

import functools
import typing


def evil(*a, **k):
    return "program code"


evil.payload = "planted by the program"


@functools.wraps(evil)
@typing.overload
def g(x: int) -> int:
    ...


print(g)
print(g.payload, g.__wrapped__)
print(typing.overload(print))
print(typing.overload(print).payload)
