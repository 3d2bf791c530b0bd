# expect: reject class_value
# line: 20
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: fifteenth red team (round 15a), family R: `from typing import Any as S` then a walrus `(S := Grab())`: type(P) != S runs the reflected Grab.__eq__ with the builtin type (ours)
from typing import Any as S


class P:
    pass


class Grab:
    def __eq__(self, other):
        raise LookupError(other)


if (S := Grab()) is not None:
    pass
try:
    type(P) != S
except Exception as e:
    T = e.args[0]
print(T)
