# expect: reject store
# line: 21
# verified: sets the root logger's disabled under plain python3 3.11
# why: an instance made by cls() in a classmethod: a call the checker cannot resolve may make any class's instance.
import logging


class K(dict):
    def __missing__(self, key):
        self[0] = key
        return 0

    @classmethod
    def make(cls):
        return cls()


k = K.make()
k[logging.getLogger()]
v = k.get(0)
v.disabled = True
print(logging.getLogger().disabled)
