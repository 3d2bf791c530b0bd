# expect: reject store
# line: 17
# verified: sets the root logger's disabled under plain python3 3.11
# why: __missing__ puts its key into self's items: k[x] calls it with no call the checker links to k, so every instance of the class holds what any of its methods puts into self (the key a dunder receives may be anything).
import logging


class K(dict):
    def __missing__(self, key):
        self[0] = key
        return 0


k = K()
k[logging.getLogger()]
for v in k.values():
    v.disabled = True
print(logging.getLogger().disabled)
