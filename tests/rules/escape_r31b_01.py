# expect: reject store
# line: 36
# why: round 31b ok_01: Match.groups(sys.argv)[0] is sys.argv: a call that builds anew may put an argument itself one level in (nests_arguments)
# ok_01 -- goal 1 (prints os.environ, every variable) via goal 3 (the program
#          appends to sys.argv, a list the sys module holds): the sys.argv /
#          unittest.main lever.
#
# Mechanism: re.Match.groups(default) hands back its positional argument ITSELF
#   for every group that did not take part in the match (Modules/_sre/sre.c,
#   match_getslice_by_index: `Py_INCREF(def); return def;`).  The pattern
#   "(x)?" matched against "" leaves group 1 unset, so
#   re.match("(x)?", "").groups(sys.argv)[0] IS sys.argv.  (Same root, accepted
#   and tested: .groupdict(sys.argv)["a"] with "(?P<a>x)?", and
#   re.compile("(x)?").match("") / re.fullmatch(...) as the receiver.)
#
# Why the checker missed it: analyzer/stores.c call_mask0_as(), case
#   CK_OTHER_METHOD: builds_new() lists "group", "groups", "groupdict" (and
#   "span", "start", "end", "replace", "join", "keys", ...) among the methods
#   that build a NEW value "holding its positional arguments' parts at the same
#   depth": part = (argm | rm) & ~M_TOP.  So an argument that IS a module value
#   (argm = M_SELF) contributes nothing at depth 0 or 1, and the tuple groups()
#   returns is taken to hold nothing of a module's -- but the argument lies one
#   level down in it, as the default of each unmatched group.  Only keyword
#   arguments are spread to every depth (`groups(default=sys.argv)` is refused).
#   The receiver must be written in place: with `m = re.match(...)` first, the
#   call is also taken as a possible write of its arguments into m (EV_HOLD on
#   the receiver) and `names` is aliased to m, so `m.groups(sys.argv)[0]` is
#   refused (tested).
import logging  # unittest resolves "logging.os.environ" from __main__
import re
import sys
import unittest

names = re.match("(x)?", "").groups(sys.argv)[0]
print("names is sys.argv:", names is sys.argv)
names.append("logging.os.environ")
unittest.main(exit=False)
