# expect: reject class
# line: 10
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: fourteenth red team (round 14a), family B (ours): a decorator on an enum class statement receives the class: functools.lru_cache keeps it as __wrapped__, a memberless enum class by value whose functional API builds classes (ours)
# Output seen under python3 (3.11), run in a fresh temp dir:
#   by value: <enum 'Made'> [<Made.hidden: 1>]
import enum
import functools

@functools.lru_cache
class Base(enum.Enum):
    pass

Made = Base.__wrapped__("Made", {"hidden": 1})
print("by value:", Made, list(Made))
