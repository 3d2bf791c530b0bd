# expect: reject dunder
# why: family K: __module__ set in a class body sends global_enum's members into builtins (len replaced)
# line: 7
import enum
@enum.global_enum
class E(enum.IntEnum):
    __module__ = "builtins"
    len = 1
print(len("abc"))
