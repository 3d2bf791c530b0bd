# expect: reject unbound
# line: 10
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: fourteenth red team (round 14a), family B: a class decorator receives the class, here one deriving from a library class with methods written in Python (directly, or kept as __wrapped__ by a library wrapper, or through functools.partial) (ours)
# Output seen under python3 (3.11), run in a fresh temp dir:
#   <class 'type'>
import collections, functools
class P:
    pass
@functools.lru_cache
class Q(collections.Counter):
    pass
T = Q.__wrapped__.copy(P)
print(T)
