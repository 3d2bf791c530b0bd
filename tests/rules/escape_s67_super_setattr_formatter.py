# expect: reject store
# line: 7
# why: round 97 (red team): super().__setattr__("formatter", t) in a StreamHandler subclass stored a parameter (a template) into the handler's formatter slot
import logging
class H(logging.StreamHandler):
    def put(self, t):
        super().__setattr__("formatter", t)
h = H()
h.put("{0.msg.__init__.__globals__[logging].os.environ}")
class M:
    def __init__(self):
        self.x = 1
lg = logging.getLogger("a")
lg.addHandler(h)
lg.warning(M())
