# expect: reject store
# line: 15
# verified: sets the root logger's disabled under plain python3 3.11
# why: __init__ puts a library object into self's items; a constructor call is no method call that links self to the instance, so the class's instances hold it.
import logging


class K(dict):
    def __init__(self):
        self[0] = logging.getLogger()


k = K()
v = k.get(0)
v.disabled = True
print(logging.getLogger().disabled)
