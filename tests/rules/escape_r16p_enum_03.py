# expect: reject method
# line: 18
# verified: reaches its goal under plain python3 3.11 in a temp dir (lists the members of re.RegexFlag, a library class handed in as the class of self)
# why: the method taken as a value from its class is a plain function taking any object
#   as self: refused as a privileged method's value.
import re
from enum import Enum


class Light(Enum):
    RED = "stop"
    GREEN = "go"

    def everyone(self):
        return sorted(type(self), key=lambda m: m.name)


take = Light.everyone
print(take(re.RegexFlag.ASCII)[:3])
