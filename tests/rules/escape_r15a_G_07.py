# expect: reject unbound
# line: 12
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: fifteenth red team (round 15a), family G: a library class read through a boolean operator, (collections.Counter or 1).copy(P): either operand may be the receiver (ours)
import collections


class P:
    pass


print((collections.Counter or 1).copy(P))
