# expect: reject unbound
# line: 16
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: fifteenth red team (round 15a), family G: a conditional expression of program subclasses, subscripted, (Q if P else Q)[int].copy(P) (ours)
import collections


class P:
    pass


class Q(collections.Counter):
    pass


print((Q if P else Q)[int].copy(P))
