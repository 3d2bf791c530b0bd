# expect: reject class_value
# line: 19
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: fifteenth red team (round 15a), family R: `from typing import Any as S` and a parameter named S: inside the def, type(P) == S compares with the argument, the program's Grab, whose reflected __eq__ receives the builtin type (ours)
from typing import Any as S


class P:
    pass


class Grab:
    def __eq__(self, other):
        raise LookupError(other)


def probe(S):
    try:
        type(P) == S
    except Exception as e:
        return e.args[0]


print(probe(Grab()))
