# expect: reject store
# line: 24
# why: the red team's round 26m ok_08 (its header below): a reader by name (attrgetter, itemgetter, methodcaller) handed on returns whatever the object binds, holds or answers under that name; an instance holds what its class's methods store into its attributes when code reads them by name
# goal: prints os.environ (serious)
# mechanism: class K: def put(self, v): self.f = v; h = K(); h.put([run])
# rule slipped: store (maybe_function of the callback's argument -> false): reads_only(h at h.put): attribute `put` is not a mutating_method name nor a dunder; the call is an expression_statement -> read. class_hands_out(K): put returns None (def_returns_none) -> false; classes_written: self.f has object self, not a class name
# family M ('a program method or constructor fills self's attributes'): reads_only takes `h.m(args)` for a read when m
#   is not a mutating_method name nor a dunder (and the call's value is only read), and maybe_function(K(args)) asks only
#   class_hands_out/program_chain, never what the program's own methods (__init__ included) store into self's attributes
#   from their parameters. The 26l fix counts `h.f = v` at the name's occurrence only, not `self.f = v` inside K.
# principle: an instance of a program class holds whatever any of its methods stores into self (attribute stores, self.x.append,
#   setattr on self) from a value that may hold something: extend the "(inst)K" rule from item stores on self to attribute
#   stores and mutations of self's attributes, and make such a class hand out (class_hands_out true), so that a call of
#   any of its methods on h, and K(args), count as fills.
# verify: the checker THIS -> exit 0; python3 THIS -> argv gains the name; TypeError: don't know how to make test from: environ({...})
import contextlib
import logging
import operator
import sys
import unittest


def run(x, *a):
    x.append("logging.os.environ")
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
