# expect: reject class
# line: 16
# why: round 93 (red team): class H(UserString, StreamHandler): StreamHandler.emit's self.format(record) was UserString.format, formatting the template H was built from. A library class whose code calls its methods on self by name comes first among the class's library bases
import collections
import logging


class Out:
    def write(self, text):
        print(text, end="")

    def flush(self):
        pass


class H(collections.UserString, logging.StreamHandler):
    level = 0
    filters = ()
    lock = None
    terminator = "\n"
    stream = Out()


log = logging.getLogger("x")
log.addHandler(H("{0.__init__.__globals__[os].environ}"))
log.warning("hi")
