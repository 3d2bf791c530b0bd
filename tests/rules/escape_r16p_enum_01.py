# expect: reject method
# line: 20
# verified: reaches its goal under plain python3 3.11 in a temp dir (lists the members of re.RegexFlag, a library class handed in as the class of self)
# why: round 16 lets `list(type(self))` stand in a method of the program's enum class
#   because the method becomes privileged; called through the class with a library enum
#   member as self, type(self) is a library class the program iterates: the unbound call
#   must stay refused.
import re
from enum import Enum


class Light(Enum):
    RED = "stop"
    GREEN = "go"

    def everyone(self):
        return list(type(self))


print(Light.everyone(re.RegexFlag.ASCII)[:3])
