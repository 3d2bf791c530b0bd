# expect: reject store
# line: 17
# verified: sets the root logger's disabled under plain python3 3.11
# why: self.setdefault(0, key) in __missing__ holds the key in self as an item store does.
import logging


class K(dict):
    def __missing__(self, key):
        self.setdefault(0, key)
        return 0


k = K()
k[logging.getLogger()]
v = k.pop(0)
v.disabled = True
print(logging.getLogger().disabled)
