# expect: reject unbound
# line: 15
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: fifteenth red team (round 15a), family C: @classmethod over a LIBRARY decorator that is no pass-through: functools.partial(functools.partial, g) makes Q.grab() the call g(grab, Q) (ours)
import collections
import functools
box = []
class P:
    pass
def g(f, k):
    box.append(k)
class Q(collections.Counter):
    @classmethod
    @functools.partial(functools.partial, g)
    def grab(cls):
        return 0
Q.grab()
T = box[0].copy(P)
print(T)
