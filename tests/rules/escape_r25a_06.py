# expect: reject store
# line: 22
# why: the red team's round 25a ok_06 (its header below)
# goal: prints os.environ (serious).
# mechanism: dict.setdefault(d, "a", sys.argv) -- a dict method called through the builtin
#   class, the dict as first argument -- makes d["a"] sys.argv; d["a"].append(...) writes it.
# rule slipped: store, same hole as ok_01 (a second member, dict side): call_links keys the hold
#   events of `C.m(R, x)` by call_rooted_key(C) for a builtin class C (container_class), not by
#   R. Also accepted: list.extend/insert/__setitem__/__iadd__(box, ...), dict.update(d, a=...),
#   dict.__setitem__(d, "a", ...). Module functions with the same shape (operator.setitem,
#   heapq.heappush, bisect.insort, operator.iadd/ior) ARE linked and refused.
# family: "the call's self is not the written receiver". Principle: wherever mutating_call
#   redirects the written receiver (container_class -> first_arg; two_arg_super; super() ->
#   the method's first parameter), call_links must key the hold/alias events on that same
#   receiver -- one helper giving "the object this call writes" for both.
import logging
import sys
import unittest

d = {}
dict.setdefault(d, "a", sys.argv)
d["a"].append("logging.os.environ")
unittest.main(exit=False)
