# expect: reject module_attribute
# line: 16
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: functools.update_wrapper(lib_obj, f) writes f's names and dict into
#   lib_obj; update_wrapper is denied (regression case).
# Goal reached: write into a standard-library function's namespace.
import functools
import typing


def evil(*a, **k):
    return "program code"


evil.payload = "planted by the program"
functools.update_wrapper(typing.overload(print), evil)
print(typing.overload(len).payload)
