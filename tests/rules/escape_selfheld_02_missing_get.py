# expect: reject store
# line: 17
# verified: sets the root logger's disabled under plain python3 3.11
# why: the item __missing__ stored into self, read back by get(): no subscript of k, so the __missing__ hook's return is not what links it.
import logging


class K(dict):
    def __missing__(self, key):
        self[0] = key
        return 0


k = K()
k[logging.getLogger()]
v = k.get(0)
v.disabled = True
print(logging.getLogger().disabled)
