# expect: reject store
# why: the red team's round 24a ok_19: goal: prints os.environ (serious: sys.argv gets 'logging.os.environ', unittest.main resolves it)
# line: 23
# goal: prints os.environ (serious: sys.argv gets 'logging.os.environ', unittest.main resolves it)
# mechanism: ValueError(lst).args[0] is lst: a store through it (append(sys.argv)) puts sys.argv
#   into the program's list; lst[0].append(...) then writes sys.argv.
# rule slipped: store (sec.4, 'a store through any expression lands where that expression's
#   object may come from'). call_rooted_key peels only subscripts: a receiver rooted in an
#   ATTRIBUTE of a call (F(args).attr...) gets key_of_root's key for that attribute, which is
#   the callee's return key ('()F' + attr), fed only by the program's own defs; for a builtin or
#   library class (ValueError, StopIteration, SystemExit, OSError, ImportError, property,
#   SimpleNamespace, namedtuple, partial, slice) nothing feeds it and the arguments' objects are
#   never linked. Same root cause as ok_12..ok_15. Further accepted one-liners (all write kwlist):
#   StopIteration(lst).value.append(keyword.kwlist)
#   SystemExit(lst).code.append(keyword.kwlist)
#   ImportError(name=lst).name.append(keyword.kwlist)
#   OSError(1, 'x', lst).filename.append(keyword.kwlist)
#   property(wrap, doc=lst).__doc__.append(keyword.kwlist)
import sys
import unittest

lst = []
ValueError(lst).args[0].append(sys.argv)
lst[0].append("logging.os.environ")
import logging

unittest.main(exit=False)
