# expect: reject unbound
# line: 10
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: fifteenth red team (round 15a), family C: a class statement named __set_name__ in a descriptor's body: type.__new__ calls it with (owner, name), and its __init__ receives the library-derived owner (ours)
import collections
box = []
class P:
    pass
class Desc:
    class __set_name__:
        def __init__(self, owner, name):
            box.append(owner)
class Q(collections.Counter):
    d = Desc()
T = box[0].copy(P)
print(T)
