# expect: reject store
# why: a callable planted under split by a computed-name setattr on self is called by b.split()
# line: 14
import logging


class Box:
    def put(self, name, value):
        setattr(self, name, value)


b = Box()
b.put("split", lambda: logging.getLogger())
b.split().warning = print
logging.getLogger().warning("root logger's method replaced")
