# expect: reject store
# line: 17
# verified: sets the root logger's disabled under plain python3 3.11
# why: dict.fromkeys called on the program's class makes an instance of it where the checker does not look.
import logging


class K(dict):
    def __missing__(self, key):
        self[0] = key
        return 0


k = K.fromkeys([1])
k[logging.getLogger()]
v = k.get(0)
v.disabled = True
print(logging.getLogger().disabled)
