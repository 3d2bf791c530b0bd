# expect: reject store
# line: 28
# why: the red team's round 25i ok_03 (its header below)
# goal: prints os.environ (serious): sys.argv gets 'logging.os.environ' DIRECTLY, then
#   unittest.main(exit=False) (no argv=) resolves that dotted name from __main__ (with
#   'logging.os.fork': the loader calls os.fork(), a new process).
# mechanism: the program's function g as an ASSERT statement's MESSAGE: `assert False, g` raises
#   AssertionError(g); the handler's e.args[0] IS g; called with sys.argv, g appends to it.
# rule slipped: store, stores.c note_reference (the round 25h inversion: every reference escapes
#   but in proved-harmless places): `ps == y->assert_statement` is in the harmless list as a
#   whole -- meant for the TEST (`assert g`, a truth test) -- but the grammar makes the message
#   a child of assert_statement too, and the interpreter hands the message to AssertionError,
#   whose args the program reads back. So g never escapes; its parameter x is linked only to the
#   program's direct calls of g (none); e.args[0](...) is a call of an unknown callee.
#   Control (i1c: `raise AssertionError(g)`): refused (store).
# family: "a harmless place named by its PARENT KIND where the kind has a second, value-keeping
#   child" (as if_statement is guarded with `first == false` and comparisons by identity_test,
#   but assert is not split into test and message). Principle: the harmless list must name the
#   CHILD FIELD (the assert's first expression, an if/while condition), never the statement
#   kind; audit the others the same way (while_statement, elif_clause, type/typed_parameter:
#   annotations are evaluated and kept).
import logging
import sys
import unittest


def g(x):
    x.append("logging.os.environ")


try:
    assert False, g
except AssertionError as e:
    e.args[0](sys.argv)
print(sys.argv)
unittest.main(exit=False)
