# expect: reject store
# line: 27
# why: the red team's round 26m ok_13 (its header below): a reader by name (attrgetter, itemgetter, methodcaller) handed on returns whatever the object binds, holds or answers under that name; an instance holds what its class's methods store into its attributes when code reads them by name
# goal: prints os.environ (serious)
# mechanism: class K: f = property(lambda self: [run])
# rule slipped: store (maybe_function of the callback's argument -> false): as ok_12: a property under a non-listed name
# family K ('the class body's own attributes, read by name by a library attribute reader'): maybe_function(operator.call(
#   operator.attrgetter("f"), h)) -> library callee -> any_arg_function: attrgetter("f") is a library call of a literal
#   (false) and h is a program instance: maybe_function(K()) asks class_hands_out(K), which only looks for a fixed list of
#   names (value dunders, duck-call names, mapping methods, __call__) and program_chain(K). A class-level binding under
#   any OTHER name (a data attribute holding [run], a property, a plain method, self.f set in __init__) is exactly what
#   attrgetter("f") hands back. The 26l fix only added stores from outside the class body (classes_written).
# principle: a program object handed to a library reader that reads attributes BY NAME (operator.attrgetter/methodcaller,
#   operator.call of one, getattr) hands back whatever its class binds under that name or any method stores into self:
#   maybe_function must be true for such a reader applied to a program instance/class unless the named attribute is
#   provably plain; simplest deny-by-default: operator.attrgetter/methodcaller results (and operator.call of them) are
#   'maybe a function' whenever their argument is not a module or a literal.
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
    f = property(lambda self: [run])


h = K()
es = contextlib.ExitStack()
es.callback(operator.getitem(operator.call(operator.attrgetter("f"), h), 0), sys.argv)
es.close()
print(sys.argv)
unittest.main(exit=False)
