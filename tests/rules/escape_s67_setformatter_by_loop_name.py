# expect: reject method
# line: 7
# why: round 97 (red team): getattr(h, k)(t) with k from a loop over ("setFormatter",) took setFormatter as a value and handed it a template: the loop's names are judged as written out, and setFormatter is called, never fetched by name
import logging
h = logging.StreamHandler()
for k in ("setFormatter",):
    getattr(h, k)("{0.msg.__init__.__globals__[logging].os.environ}")
class M:
    def __init__(self):
        self.x = 1
lg = logging.getLogger("a")
lg.addHandler(h)
lg.warning(M())
