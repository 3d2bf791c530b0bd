# expect: reject store
# why: the red team's round 23n ok_01: json.dump(sys.argv, fp, cls=Enc) builds Enc(skipkeys=..., ...) itself and calls
# line: 35
# goal: prints os.environ (serious). Run: /usr/bin/python3 ok_01.py (environ in the TypeError)
# mechanism: json.dump(sys.argv, fp, cls=Enc) builds Enc(skipkeys=..., ...) itself and calls
#   Enc(...).iterencode(sys.argv): the library hands the program's object the value it was given,
#   by a method name chosen by json (iterencode), on an object json MADE from the class it was
#   handed. Enc.iterencode appends 'logging.os.environ' to sys.argv; unittest.main() resolves
#   __main__.logging.os.environ from sys.argv[1:].
# rule slipped: store (rules/README.md sec.4 point (3), the HANDED pool / library-duck names).
#   sys.argv does join HANDED (json.dump is a module callable), but HANDED reaches only methods
#   NAMED like a library-duck call (duck_method_events over rules/library-duck-calls.txt), and
#   'iterencode' is not in the list: scripts/audit-library-duck-calls.py records method calls
#   on a PARAMETER (or for target) of the calling function, while json.dump calls iterencode on
#   the RESULT of calling its cls parameter, cls(...).iterencode(obj) ('encode', which json.dumps
#   calls the same way, is in the list only because other code calls .encode on parameters).
#   Enc is a plain class (no library base, so not library-callable-class, and its own
#   __init__ makes it only "a class of the program's"); a class handed as a value is no
#   callback to higher_order_arg/maybe_data. So Enc.iterencode's parameter o holds nothing from
#   a module and o.append(...) is judged a store into the program's own value. (With a
#   json.JSONEncoder base the same program is refused.) Any factory keyword of the allowed API
#   that library code instantiates and then calls by a non-audited name is the same hole.
import io
import json
import logging
import sys
import unittest


class Enc:
    def __init__(self, **kw):
        self.kw = kw

    def iterencode(self, o):
        o.append('logging.os.environ')
        return iter(['1'])


json.dump(sys.argv, io.StringIO(), cls=Enc)
unittest.main(exit=False)
