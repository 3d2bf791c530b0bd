# expect: reject attribute
# why: a typing.NamedTuple field named like a refused attribute: the positional
#   pattern reads it by name from the subject, which may be a subclass's
#   instance answering with a property (here the frame of the call).
# line: 9
import sys
from typing import NamedTuple
class P(NamedTuple):
    tb_frame: object
class S(P):
    @property
    def tb_frame(self):
        return sys._getframe(0)
match S(None):
    case P(f):
        print(type(f).__name__)
