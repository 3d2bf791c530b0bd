# expect: reject module_attribute
# line: 10
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: typing.overload(x) returns typing._overload_dummy, one function shared
#   by every caller; an attribute store through the result writes into typing.
#   typing.overload is decorator-only.
# Goal reached: write into a standard-library function's namespace.
import typing

d = typing.overload(print)
d.payload = "planted by the program"
print(typing.overload(len).payload)
