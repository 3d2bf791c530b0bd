# expect: reject store
# line: 20
# verified: sets the root logger's disabled under plain python3 3.11
# why: a dunder bound in the class body to a def outside it by name: the def's first parameter is the instance, so what it puts there is held by every instance of the class.
import logging


def fill(self, key):
    self[0] = key
    return 0


class K(dict):
    __missing__ = fill


k = K()
k[logging.getLogger()]
v = k.get(0)
v.disabled = True
print(logging.getLogger().disabled)
