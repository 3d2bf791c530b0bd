# expect: accept
# why: a method of a container attribute (`self._data.get(key, default)`, with more
#   arguments than the program's own privileged `get` takes bound) is the builtin's
#   when every store of the attribute anywhere is a new builtin container (a
#   display, dict(), collections.defaultdict/OrderedDict/Counter/deque); a name a
#   library class also keeps privately serves in a program whose classes are closed
import collections


class Store:
    def __init__(self):
        self._data = {}
        self._hits = collections.Counter()

    def get(self, key, default=None):
        self._hits.update([key])
        return self._data.get(key, default)

    def put(self, key, value):
        self._data[key] = value
        return self._data.setdefault(key, value)

    def clear(self):
        self._data = dict()
        self._hits.clear()


s = Store()
s.put("a", 1)
print(s.get("a"), s.get("b", 0), s._hits.most_common(1) if False else "ok")
