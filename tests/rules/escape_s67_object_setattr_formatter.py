# expect: reject store
# line: 6
# why: round 97 (red team): object.__setattr__(h, "formatter", template) is the store h.formatter = template spelled as a call, and judged as that store is
import logging
h = logging.StreamHandler()
object.__setattr__(h, "formatter", "{0.msg.__init__.__globals__[logging].os.environ}")
class M:
    def __init__(self):
        self.x = 1
lg = logging.getLogger("a")
lg.addHandler(h)
lg.warning(M())
