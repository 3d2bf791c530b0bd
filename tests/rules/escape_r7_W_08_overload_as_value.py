# expect: reject module_attribute
# line: 9
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: typing.overload held in a list and called from it: its result is
#   typing's shared function (decorator-only: never a value).
# Goal reached: write into a standard-library function's namespace.
from typing import overload

hold = [overload]
hold[0](print).payload = "planted by the program"
print(overload(len).payload)
