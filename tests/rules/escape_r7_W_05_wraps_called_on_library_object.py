# expect: reject module_attribute
# line: 16
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: functools.wraps(f)(obj) runs update_wrapper on any object; wraps is
#   decorator-only (regression case for the call form).
# Goal reached: write into a standard-library function's namespace.
import functools
import typing


def evil(*a, **k):
    return "program code"


evil.payload = "planted by the program"
functools.wraps(evil)(typing.overload(print))
print(typing.overload(len).payload)
