"""Honest reprs of what repr_held guards (image/wall.py): lists (nested, holding
themselves, subclasses, UserList) and SimpleNamespace (nested, holding itself),
through repr(), str(), print and f-strings. The same output with the wall as under
plain python3."""
import types, collections
L = [1, "a", (2, 3)]
L.append(L)
print(repr(L), str([]), [[1], {}], collections.UserList([1, 2]))
class ML(list):
    pass
print(repr(ML([1, 2])), str(ML()))
ns = types.SimpleNamespace(b=2, a=[1, 2])
ns.me = ns
print(ns, repr(types.SimpleNamespace()))
print(types.SimpleNamespace(x=types.SimpleNamespace(y=[1])))
print(f"{[1.5, None]!r} {[True]}")
