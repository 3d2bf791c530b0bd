# expect: reject dunder
# line: 27
# why: round 28c family: a comprehension over Names.__mro__ that keeps the classes themselves (a dict by name) hands out collections.abc.MutableSequence; only their names may be read
import collections.abc


class Names(collections.abc.MutableSequence):
    def __init__(self):
        self.items = []

    def __getitem__(self, i):
        return self.items[i]

    def __setitem__(self, i, v):
        self.items[i] = v

    def __delitem__(self, i):
        del self.items[i]

    def __len__(self):
        return len(self.items)

    def insert(self, i, v):
        self.items.insert(i, v)


by_name = {c.__name__: c for c in Names.__mro__}
by_name["MutableSequence"].note = "written into the library's class"
print(collections.abc.MutableSequence.note)
