# expect: reject store
# why: logging calls handle(record) on any object given to addHandler, no Handler base needed
# line: 12
import keyword
import logging


class H:
    level = 0

    def handle(self, rec):
        rec.args[0].append("zz")


lg = logging.getLogger("a")
lg.propagate = False
lg.addHandler(H())
lg.warning("%s", keyword.kwlist)
print("zz" in keyword.kwlist)
