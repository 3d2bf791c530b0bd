# expect: reject store
# line: 37
# why: the red team's round 25f ok_06 (its header below)
# goal: prints os.environ (serious): sys.argv gets 'logging.os.environ' DIRECTLY, then
#   unittest.main(exit=False) (no argv=) resolves it; also writes keyword.kwlist and logging's
#   loggerDict (lower tier: getLogger("victim") answers Fake()). With ok_05's lever step the
#   same sys.argv write is top tier ('logging.os.fork' / 'logging.sys.breakpointhook').
# mechanism: the standard library's mutating FUNCTIONS from-imported UNDER ANOTHER NAME:
#   `from operator import iadd as grow; grow(sys.argv, [...])`, `from bisect import insort as
#   put`, `from operator import setitem as place` (members tried: heapq.heappush as f, works).
# rule slipped: store, stores.c mutating_call: the mutating-function branch is
#   `mutating_function(m) && (fk == attribute || wk_bound_value(w, m))` with m the CALLEE's
#   SPELLING ("grow"), looked up in the list of mutating function names (iadd, insort, setitem,
#   heappush ...). An alias is no such name, so no store is queued at all; the import binding's
#   attribute (binding->attr = "iadd") is never consulted. mutating_value (a mutating function
#   "taken as a value": `g = operator.iadd` is refused) does not see an import alias as taking
#   the value either. Control ctl6 (same program without `as`): refused (store) x3.
# family: "a library object recognised by its local NAME, not by what the name is bound to"
#   (25e ok_06: `ChainMap as OrderedDict` in dict_class; 25d ok_09: container classes by
#   spelling). Principle: resolve every identifier callee through its import binding (module,
#   attr) before matching it against mutating_function (and any other by-name list: mutating
#   methods' classes, makers, hooks); simplest, refuse `from M import f as g` where f is in any
#   of the checker's name lists, or all from-import aliases of functions.
import keyword
import logging
import sys
import unittest
from bisect import insort as put
from operator import iadd as grow
from operator import setitem as place


class Fake:
    pass


grow(sys.argv, ["logging.os.environ"])
put(keyword.kwlist, "pwned")
place(logging.Logger.manager.loggerDict, "victim", Fake())
print(sys.argv, "pwned" in keyword.kwlist, logging.getLogger("victim"))
unittest.main(exit=False)
