# expect: reject store
# line: 24
# why: the red team's round 25g ok_03 (its header below)
# goal: prints os.environ (serious): sys.argv gets 'logging.os.environ', then
#   unittest.main(exit=False) (no argv=) resolves it (with 'logging.os.fork': a new process).
# mechanism: the PROGRAM's own method named add_argument, called with type=list: its
#   parameter `type` IS the list class; type.append(sys.argv, x) is list.append(sys.argv, x).
# rule slipped: store, stores.c class_consumer_keyword: for an ATTRIBUTE callee whose attribute
#   is spelled `add_argument` the keyword type= is exempt ("argparse's converter"), whatever the
#   receiver is -- the comment says "the library's callable, never a def of the program's",
#   but the add_argument branch never checks the receiver is an argparse parser. class_values
#   stays false -> SF_FIRST store on sys.argv dropped.
# family: "a library object recognised by its NAME, not by what the name is bound to" (25e
#   ok_06, 25f ok_06/ok_07). Principle: exempt only a call whose receiver is provably an
#   argparse.ArgumentParser/group instance (or drop the add_argument branch: argparse programs
#   can write type=int etc., container classes are rarely converters).
import logging
import sys
import unittest


class A:
    def add_argument(self, type):
        type.append(sys.argv, "logging.os.environ")


A().add_argument(type=list)
print(sys.argv)
unittest.main(exit=False)
