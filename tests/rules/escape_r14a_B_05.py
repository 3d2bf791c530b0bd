# expect: reject unbound
# line: 16
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: fourteenth red team (round 14a), family B: a class decorator receives the class, here one deriving from a library class with methods written in Python (directly, or kept as __wrapped__ by a library wrapper, or through functools.partial) (ours)
# Output seen under python3 (3.11), run in a fresh temp dir:
#   <class 'type'>
import collections
class P:
    pass
box = []
def deco(k):
    box.append(k)
    return k
class Q(collections.Counter):
    pass
@deco
class R(Q):
    pass
T = box[0].copy(P)
print(T)
