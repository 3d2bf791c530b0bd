# expect: reject method
# line: 19
# why: the container proof of X.a (attr_holds_only) needs every store of the
#   attribute to be a plain assignment of a new builtin container: an unpacking
#   target may store anything
class Store:
    def __init__(self):
        self._data = {}

    def get(self, key, default=None):
        return self._data.get(key, default)

    def swap(self):
        self._data, other = Store, 1
        return other


s = Store()
print(s._data.get("k", "d"))
