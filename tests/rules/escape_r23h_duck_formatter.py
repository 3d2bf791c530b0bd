# expect: reject store
# why: a Handler calls format(record) on whatever formatter it is given
# line: 10
import keyword
import logging


class F:
    def format(self, rec):
        rec.args[0].append("zz")
        return "x"


h = logging.StreamHandler()
h.setFormatter(F())
lg = logging.getLogger("a")
lg.propagate = False
lg.addHandler(h)
lg.warning("%s", keyword.kwlist)
print("zz" in keyword.kwlist)
