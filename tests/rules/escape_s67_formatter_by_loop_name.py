# expect: reject store
# line: 8
# why: round 97 (red team): setattr(h, k, t) with k from a loop over the literal ("formatter",) put a template into a plain StreamHandler's formatter slot (os.environ): each name a loop gives is judged as the store written out, the formatter slot's test included
import logging
h = logging.StreamHandler()
t = "{0.msg.__init__.__globals__[logging].os.environ}"
for k in ("formatter",):
    setattr(h, k, t)
class M:
    def __init__(self):
        self.x = 1
lg = logging.getLogger("a")
lg.addHandler(h)
lg.warning(M())
