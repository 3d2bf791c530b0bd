# expect: accept
# why: once the cost of the format rule for logging (policy_logging_handler_self_format):
#   a Handler subclass calling self.format(record). Round 15: in a family of handler
#   classes of the program (handler or program bases only, read only as bases or
#   calls, no `format` of their own), self.format is Handler.format and the method
#   is called bound only.
import logging


class Collect(logging.Handler):
    def emit(self, record):
        global last
        last = self.format(record)


log = logging.getLogger("x")
log.addHandler(Collect())
log.warning("hello %s", "world")
print(last)
