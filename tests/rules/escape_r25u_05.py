# expect: reject store
# line: 19
# why: the red team's round 25u ok_05 (its header below): a getattr with a name computed whole fetches a bound method only from a receiver proved an instance (the class's getattr hands out the plain function)
# goal: prints os.environ (serious), as ok_01.
# mechanism: a "plugin registry" shape: a class attribute dict maps a kind to a CLASS; a method loops over
#   literal method names and calls getattr(self.kinds[kind], k)(x, ...). The receiver is the class A (an
#   item of a dict), so the fetch is the plain function push and x = sys.argv lands in `a`.
# rule slipped: store (stores.c opaque_reach: computed_fetch => every method of a class is "bound", with
#   no look at the receiver; a literal-prefix fetch from the same receiver is judged by maybe_class, which
#   answers true for a subscript: control no_14 is refused).
# family/principle: as ok_01.
import logging
import sys
import unittest


class A:
    def push(a, b):
        a.append(b)
        return 0


class H:
    kinds = {"a": A}

    def run(self, kind, x):
        for k in ("push",):
            getattr(self.kinds[kind], k)(x, "logging.os.environ")
        return 0


H().run("a", sys.argv)
print(sys.argv)
unittest.main(exit=False)
