# expect: reject unbound
# line: 11
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: fifteenth red team (round 15a), family G: QI = Q (a plain alias of a program subclass of collections.Counter): QI.copy(P) is Counter.copy with a foreign self (ours)
import collections
class P:
    pass
class Q(collections.Counter):
    pass
QI = Q
T = QI.copy(P)
print(T)
