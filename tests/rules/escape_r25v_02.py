# expect: reject store
# line: 18
# why: the red team's round 25v ok_02 (its header below): a call of a name a program decorator binds (a def, a method, a constructor) is a call of what the decorator returned: every argument reaches every function that may be a value
# goal: prints os.environ (serious), as ok_01.
# mechanism: the wrapper ITSELF stores into its argument: @traced binds run to inner(*args), which does
#   args[-1].append(...) before calling f(*args). run(0, sys.argv) -> inner's args = (0, sys.argv).
# rule slipped: store: the call run(0, sys.argv) is linked only to the decorated def's parameters
#   (CK_DEF by name, map_args); inner's *args (the real callee) takes nothing from any caller, so
#   args[-1] is judged clean. Works in every build back to redteam24 (checked).
# family/principle: as ok_01 (a decorated name's call links to the def, not the decorator's product).
import logging
import sys
import unittest


def traced(f):
    def inner(*args):
        args[-1].append("logging.os.environ")
        return f(*args)
    return inner


@traced
def run(x, y):
    return 0


run(0, sys.argv)
unittest.main(exit=False)
