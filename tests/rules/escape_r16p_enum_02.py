# expect: reject class_value
# line: 16
# verified: reaches its goal under plain python3 3.11 in a temp dir (lists the members of re.RegexFlag, a library class handed in as the class of self)
# why: the receiver rebound inside the method (self = other) makes type(self) any
#   object's class: self must be the method's own, bound once by its parameter.
import re
from enum import Enum


class Light(Enum):
    RED = "stop"
    GREEN = "go"

    def everyone(self, other=None):
        self = other if other is not None else self
        return list(type(self))


print(Light.RED.everyone(re.RegexFlag.ASCII)[:3])
