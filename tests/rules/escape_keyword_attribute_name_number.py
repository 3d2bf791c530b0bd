# expect: reject attribute
# why: only True, False and None are taken: a number under a refused keyword name (detach) stays refused, the allowance kept to what honest programs write
# line: 6
import types

ns = types.SimpleNamespace(detach=0)
print(ns)
