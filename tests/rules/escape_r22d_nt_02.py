# expect: reject dunder
# why: a typing.NamedTuple class whose __match_args__ is written after the class
#   statement: the pattern reads __reduce_ex__ from the record, and its result
#   hands out copyreg's __newobj__ under plain python3.
# line: 9
from typing import NamedTuple
class P(NamedTuple):
    x: int
P.__match_args__ = ("__reduce" + "_ex__",)
match P(1):
    case P(r):
        print(r(2)[0])
