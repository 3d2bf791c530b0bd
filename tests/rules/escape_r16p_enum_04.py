# expect: reject method
# line: 19
# verified: reaches its goal under plain python3 3.11 in a temp dir (lists the members of re.RegexFlag, a library class handed in as the class of self)
# why: `for m in type(self)` in a generator method called through the class with a
#   foreign self: the privilege covers the loop form too.
import re
from enum import Enum


class Light(Enum):
    RED = "stop"
    GREEN = "go"

    def everyone(self):
        for m in type(self):
            yield m


print(list(Light.everyone(re.RegexFlag.ASCII))[:3])
