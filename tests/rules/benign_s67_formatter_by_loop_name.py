# expect: accept
# why: round 97's look-alike: a loop over literal names that sets the formatter of a handler of the program's own class to a logging.Formatter, and object.__setattr__ of one, are the store written out with a formatter value
import logging
import sys



class Handler(logging.StreamHandler):
    pass


h = Handler(sys.stdout)
fmt = logging.Formatter("%(levelname)s %(message)s")
for k in ("formatter",):
    setattr(h, k, fmt)
object.__setattr__(h, "formatter", logging.Formatter("%(message)s!"))
log = logging.getLogger("round97")
log.addHandler(h)
log.warning("hi")
