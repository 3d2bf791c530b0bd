# expect: reject store
# line: 22
# why: the red team's round 25h ok_06 (its header below)
# goal: prints os.environ (serious): sys.argv gets 'logging.os.environ' DIRECTLY, then
#   unittest.main(exit=False) (no argv=) resolves that dotted name from __main__ (with
#   'logging.os.fork': os.fork() is called by the loader, a new process).
# mechanism: the program's function g as a MATCH SUBJECT: `match g: case h:` binds the capture h
#   to g; h(sys.argv) runs g(sys.argv), which appends to sys.argv.
# rule slipped: store, stores.c note_reference: a match_statement's subject is no parent kind
#   in the escaping allow-list, so the reference is dropped and g never escapes; the capture
#   pattern's binding of h is not followed as an alias of g either. Control (`h = g;
#   h(sys.argv)`-like: i1ctl `[g][0](sys.argv)`): refused (store).
# family: as ok_05 (escape census with a default of not escaping). Principle: as ok_05; also
#   treat a match subject like an assignment's right side (its captures alias it) everywhere
#   in the store rule.
import logging
import sys
import unittest


def g(x):
    x.append("logging.os.environ")


match g:
    case h:
        h(sys.argv)
print(sys.argv)
unittest.main(exit=False)
