# expect: reject store
# why: the red team's round 24c ok_01: goal: prints os.environ (serious: unittest.main resolves 'logging.os.environ' appended to sys.argv)
# line: 18
# goal: prints os.environ (serious: unittest.main resolves 'logging.os.environ' appended to sys.argv)
# mechanism: lst.extend(v for v in [sys.argv]) puts sys.argv itself into lst; lst[0].append(...) writes sys.argv.
#   (the stored value, a genexpr argument of extend, is not linked to its elements either)
# rule slipped: store. alias_roots' call case counts the arguments only when the call's
#   'arguments' node is an argument_list (na = 0 otherwise); a call whose sole argument is a bare
#   generator expression, f(x for x in y), has a generator_expression node there, so the call's
#   result is linked to NO argument (and protocol_part_aliases/DUCK_RETURNS are skipped, na == 0).

import sys
import logging
import unittest

lst = []
lst.extend(v for v in [sys.argv])
lst[0].append("logging.os.environ")
unittest.main(exit=False)
