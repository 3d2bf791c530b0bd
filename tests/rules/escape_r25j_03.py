# expect: reject store
# line: 40
# why: the red team's round 25j ok_03 (its header below)
# goal: prints os.environ (serious): sys.argv gets 'logging.os.environ' DIRECTLY, then
#   unittest.main(exit=False) (no argv=) resolves that dotted name from __main__ (with
#   'logging.os.fork': the loader calls os.fork(), a new process; ok_03f.py).
# mechanism: 25i ok_04 (a receiver whose attribute `s-o-r-t` is a def f of the program's, so
#   `obj.s-o-r-t(key=g)` is f(key=g) and f calls key(sys.argv)) with the attribute made by
#   argparse: add_argument(dest=...) names the Namespace attribute, default=f is its value, and
#   the dest string is written with an ESCAPE, "so\x72t": its value is the word, its bytes are not.
# rule slipped: store, stores.c note_reference -> compared_key -> the_only_lists_check (stores.c, the s-o-r-t text scan) (the round
#   25i fix): the receiver (a call's result) is not proved a list, so the answer is
#   the_only_lists_check (stores.c, the s-o-r-t text scan), which scans the RAW SOURCE BYTES for "s-o-r-t" not preceded by '.' and for
#   maker words (set-attr, v-a-r-s, named-tuple, ... -- argparse/dest is not among them). The escape
#   hides the bytes; the method rule accepts dest= because it IS a string literal (it judges the
#   decoded value, which is a plain name). So g "is only compared", never escapes; its
#   parameter x is linked only to direct calls of g (none). Control (no_03.py: dest="s-o-r-t"
#   spelled plainly): refused (store).
# family: "a text check on raw bytes where the interpreter reads a decoded value" (25i ok_01/
#   ok_02 were NFKC-folded identifiers; this is a string literal's escapes -- \x72, \u0072,
#   \N{...}, octal, implicit concatenation "so" "rt", or a name computed at run time). Also
#   "attribute made by a library from a string" (argparse dest/option strings, Enum members,
#   named-tuple fields): the maker list of the_only_lists_check (stores.c, the s-o-r-t text scan) is open (misses argparse, enum,
#   dataclasses.field names, types.new_class, ...). Principle: never decide "no object has
#   .sort but lists" from text; prove the receiver a list (display / list() / s-o-r-t-e-d() / a name
#   bound once to one) or let key= functions of an unproved .sort escape. If a text check is
#   kept, run it on decoded string values and folded identifiers, not on source bytes.
# NOTE: this header must not spell the words that scan searches (comments are text).
import argparse
import logging
import sys
import unittest


def f(key):
    key(sys.argv)


def g(x):
    x.append("logging.os.environ")


p = argparse.ArgumentParser()
p.add_argument("--a", dest="so\x72t", default=f)
p.parse_args([]).sort(key=g)
print(sys.argv)
unittest.main(exit=False)
