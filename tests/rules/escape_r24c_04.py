# expect: reject store
# why: the red team's round 24b ok_04: goal: prints os.environ (serious, via unittest.main and sys.argv)
# line: 17
# goal: prints os.environ (serious, via unittest.main and sys.argv)
# mechanism: list repetition keeps the same element objects: ([lst] * 1)[0] is lst.
# rule slipped: store. alias_roots' binary_operator case links an operator's value ONLY to
#   OP_RETURNS (what program operator methods return), never to the operands' elements; with
#   builtin operands builtin_operator also drops H_OP. So the receiver's key, f()[0]-style a part of
#   the operator's value, is linked to nothing lst holds. The comment on builtin_operator says the
#   result is "a new value holding their parts", but no link to those parts exists.

import sys
import unittest

lst = []
([lst] * 1)[0].append(sys.argv)
lst[0].append("logging.os.environ")
import logging

unittest.main(exit=False)
