# expect: reject match
# line: 19
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: fourteenth red team (round 14a), family A (ours): a nested enum class as a mapping-pattern key is handed to the subject's get by value (a memberless enum class: a class factory)
# Output seen under python3 (3.11), run in a fresh temp dir:
#   by value: <enum 'Made'> [<Made.hidden: 1>]
import enum

class Outer:
    class Base(enum.Enum):
        pass

class Grab(dict):
    def get(self, k, d=None):
        raise LookupError(k)

try:
    match Grab(a=1):
        case {Outer.Base: _}:
            pass
except Exception as e:
    B = e.args[0]
Made = B("Made", {"hidden": 1})
print("by value:", Made, list(Made))
