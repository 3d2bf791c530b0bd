# expect: reject store
# line: 28
# why: the red team's round 25a ok_02 (its header below)
# goal: prints os.environ (serious): sys.argv gets 'logging.os.environ', unittest.main(exit=False)
#   resolves it.
# mechanism: in a method of a list subclass, super().append(v[0]) puts the caller's v[0]
#   (sys.argv) into the instance r; r[0].append(...) then writes into sys.argv.
# rule slipped: store. call_links keys the hold events of `super().append(x)` by
#   call_rooted_key(super()) -- the call super(), not the method's first parameter -- so r (self)
#   never holds x. (The README says super() stands for the first parameter, but only for duck
#   calls; two_arg_super is handled only for SF_CALL judging of super(C, C).m(R, ...).)
#   `self.append(v[0])` is refused; `list.append(self, v[0])` is accepted too (ok_01's hole).
#   With `super().append(v)` and v = sys.argv directly it is refused (the depth-0 path differs),
#   one level of item read (v[0]) is enough.
# family: "the call's self is not the written receiver".
import logging
import sys
import unittest


class R(list):
    def put(self, v):
        super().append(v[0])


r = R()
r.put([sys.argv])
r[0].append("logging.os.environ")
unittest.main(exit=False)
