# expect: reject dunder
# line: 14
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: a library decorator may return another object than the class it gets:
#   typing.overload returns typing's own _overload_dummy function, so the class
#   name is bound to it and its __annotations__ is that function's, created in
#   typing's object and filled by the program. Only a class statement with no
#   decorator but @dataclass counts.
# Goal reached: write into a foreign namespace (typing._overload_dummy's).
import typing
@typing.overload
class Shape:
    sides: int
Shape.__annotations__["forged"] = "value"
print(typing.overload(print).__annotations__)
