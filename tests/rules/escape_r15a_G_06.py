# expect: reject unbound
# line: 20
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: fifteenth red team (round 15a), family G: a class statement deriving from a subscript of a program subclass of collections.Counter, class R(Q[int]) (the alias's __mro_entries__ gives Q): R.copy(P) is Counter.copy with a foreign self (ours)
import collections


class P:
    pass


class Q(collections.Counter):
    pass


class R(Q[int]):
    pass


print(R.copy(P))
