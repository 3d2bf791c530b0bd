# expect: reject unbound
# line: 12
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: fifteenth red team (round 15a), family G: for QI in (Q[int],): the for target carries Q's alias; QI.copy(P) is Counter.copy (ours)
import collections
class P:
    pass
class Q(collections.Counter):
    pass
box = [0]
for QI in (Q[int],):
    box[0] = QI.copy(P)
print(box[0])
