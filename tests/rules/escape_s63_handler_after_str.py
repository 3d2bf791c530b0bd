# expect: reject class
# line: 15
# why: round 93 (red team): class H(str, StreamHandler): self.format is str.format on the handler's own text
import logging


class Out:
    def write(self, text):
        print(text, end="")

    def flush(self):
        pass


class H(str, logging.StreamHandler):
    def __init__(self, text):
        super().__init__(Out())


log = logging.getLogger("x")
log.addHandler(H("{0.__init__.__globals__[os].environ}"))
log.warning("hi")
