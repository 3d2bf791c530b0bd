# expect: reject store
# line: 26
# why: the red team's round 25a ok_08 (its header below)
# goal: prints os.environ (serious).
# mechanism: a list subclass whose __init__ calls super().__init__(v[0]): R([[sys.argv]]) builds
#   the list from v[0] = [sys.argv], so r[0] IS sys.argv; r[0].append(...) writes into it.
# rule slipped: store. The instance holds "its constructor's arguments at their own depth"
#   (sys.argv at r's depth 2), but the program's own __init__ hands the library base a PART of
#   its argument (v[0], one level down), and super().__init__(...)'s argument is not linked to
#   self (call_links keys the call by super(), ok_02's hole). `super().__init__(v)` with
#   [sys.argv] is refused (own depth is right there). Also accepted: dict base with
#   super().__init__(v[0]) from [{"a": sys.argv}], super().__init__(v) from [("a", sys.argv)],
#   and v[0][0] two levels down.
# family: "the call's self is not the written receiver" (super()) + constructor-depth.
import logging
import sys
import unittest


class R(list):
    def __init__(self, v):
        super().__init__(v[0])


r = R([[sys.argv]])
r[0].append("logging.os.environ")
unittest.main(exit=False)
