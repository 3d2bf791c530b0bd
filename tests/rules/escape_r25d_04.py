# expect: reject store
# line: 19
# why: the red team's round 25d ok_04 (its header below)
# goal: prints os.environ (serious): sys.argv gets 'logging.os.environ' directly.
# mechanism: the standard library's mutating FUNCTIONS with their first argument in a splat:
#   `operator.iadd(*[sys.argv, ["logging.os.environ"]])` (also `heapq.heappush(*[sys.argv, x])`,
#   `bisect.insort(*[sys.argv, x])`, `operator.setitem(*[lst, slice(0, 0), [sys.argv]])`).
# rule slipped: store, stores.c, the mutating_function branch: `queue_store(w, call,
#   first_arg(w, call), m, SF_CALL)` -- first_arg is NULL for a list_splat, queue_store returns
#   at once on a NULL object, no store is judged.
# family: same as ok_02 (second call site of the same fail-open). Principle: a mutating
#   function whose first argument cannot be located is refused.
import heapq
import logging
import operator
import sys
import unittest

operator.iadd(*[sys.argv, ["logging.os.environ"]])
lst = []
heapq.heappush(*[lst, "b"])
print(sys.argv)
unittest.main(exit=False)
