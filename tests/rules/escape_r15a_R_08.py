# expect: reject unbound
# line: 17
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: fifteenth red team (round 15a), family R: a builtin generic name (list) bound again by the program, hidden from the census's count by an attribute spelled the same (n.list): list[collections.Counter] runs Grab.__getitem__ with the class (ours)
import collections
box = []
class Grab:
    def __getitem__(self, k):
        box.append(k)
        return 0
class N:
    pass
n = N()
n.list = 1
print(n.list)
list = Grab()
list[collections.Counter]
print(box)
class P:
    pass
T = box[0].copy(P)
print(T)
