# expect: reject class
# line: 10
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: fourteenth red team (round 14a), family D (ours): an enum class statement in a class body is reached as an attribute, Outer.Base(...), which the enum rule (judging the functional API by the class's name) never reads: a memberless enum class built a class from a mapping
# Output seen under python3 (3.11), run in a fresh temp dir:
#   by value: <enum 'Made'> [<Made.hidden: 1>]
import enum

class Outer:
    class Base(enum.Enum):
        pass

Made = Outer.Base("Made", {"hidden": 1})
print("by value:", Made, list(Made))
