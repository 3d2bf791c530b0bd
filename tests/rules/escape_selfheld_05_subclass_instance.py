# expect: reject store
# line: 21
# verified: sets the root logger's disabled under plain python3 3.11
# why: an instance of a subclass holds what its base's methods put into self.
import logging


class K(dict):
    def __missing__(self, key):
        self.update({0: key})
        return 0


class S(K):
    pass


k = S()
k[logging.getLogger()]
v = k.get(0)
v.disabled = True
print(logging.getLogger().disabled)
