# expect: accept
# why: private state in subclasses of collections.abc's stateless ABCs (round 14, p47): Sequence and MutableMapping mixins over private attributes, by the module path and by a from-import; vars(self) in a method, copy.copy of an instance

import collections.abc
import copy
from collections.abc import MutableMapping


class Ring(collections.abc.Sequence):
    def __init__(self, items):
        self._items = list(items)

    def __getitem__(self, i):
        return self._items[i]

    def __len__(self):
        return len(self._items)

    def state(self):
        return dict(vars(self))


class LowerDict(MutableMapping):
    def __init__(self):
        self._data = {}

    def __getitem__(self, k):
        return self._data[k]

    def __setitem__(self, k, v):
        self._data[k] = v

    def __delitem__(self, k):
        del self._data[k]

    def __iter__(self):
        return iter(self._data)

    def __len__(self):
        return len(self._data)


r = Ring("abc")
print(r[-1], r.index("c"), r.count("a"), list(reversed(r)), "b" in r, r.state())
d = LowerDict()
d["key"] = 1
d.update(other=2)
print(d["key"], sorted(d), d.get("x", 0), d.pop("other"), len(d))
twin = copy.copy(r)
print(list(twin), twin.state() == r.state())
