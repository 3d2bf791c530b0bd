# expect: reject method
# line: 22
# why: the container proof of X.a (attr_holds_only) needs every store of the
#   attribute to be a new builtin container: here one method stores the class
#   itself, so self._data.get(...) may be Store.get unbound, its self the key
class Store:
    def __init__(self):
        self._data = {}

    def get(self, key, default=None):
        return getattr(self, "_" + "data").get(key, default)

    def swap(self):
        self._data = Store


s = Store()
s.swap()
print(s.get("a"))


print(s._data.get("k", "d"))
