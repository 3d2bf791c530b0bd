# expect: reject store
# line: 21
# why: the red team's round 25w ok_23 (its header below): a library callable that calls or binds a callable it is handed (partial, map, reduce, starmap, Thread...), itself handed on with its callable slot open, may call any function value with any value
# goal: prints os.environ (serious), as ok_18.
# mechanism: the pre-binding partial as a PROGRAM NAME decorator: bind_argv = functools.partial(
#   functools.partial, x=sys.argv); @bind_argv over run. program_decorated_name now answers true (bind_argv
#   is the program's) and run() is CK_OPAQUE -- but opaque_fan fans only the call's own arguments (none);
#   sys.argv sits inside the partial object made at module level and is never linked to run's x.
# rule slipped: store. family/principle: ok_24 (partial of partial: a library callable handed as the
#   partial's func carries its bound arguments to whatever it is later applied to).
import functools
import logging
import sys
import unittest

bind_argv = functools.partial(functools.partial, x=sys.argv)


@bind_argv
def run(x):
    x.append("logging.os.environ")
    return 0


run()
print(sys.argv)
unittest.main(exit=False)
