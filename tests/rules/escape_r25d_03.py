# expect: reject store
# line: 21
# why: the red team's round 25d ok_03 (its header below)
# goal: writes logging's loggerDict (lower tier: logging.getLogger("victim") now answers the
#   program's object) and prints os.environ (serious, via d["a"] being sys.argv).
# mechanism: `dict.update(*[logging.Logger.manager.loggerDict], victim=...)` -- a dict method
#   called through the class with the library's dict in a star-splat; and
#   `dict.setdefault(*[d, "a", sys.argv])`: d["a"] IS sys.argv, d["a"].append(...) writes it.
# rule slipped: store, stores.c: same NULL first_arg as ok_02 (queue_store drops the store on a
#   NULL object; hold_args records no hold), reached through dict's methods.
# family: same as ok_02. Principle: fail closed on an unlocatable written object.
import logging
import sys
import unittest


class Fake:
    pass


dict.update(*[logging.Logger.manager.loggerDict], victim=Fake())
print(logging.getLogger("victim"))
d = {}
dict.setdefault(*[d, "a", sys.argv])
print(d["a"] is sys.argv)
d["a"].append("logging.os.environ")
unittest.main(exit=False)
