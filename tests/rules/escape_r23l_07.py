# expect: reject store
# why: the red team's round 23l ok_07: q = queue.Queue(); q.queue = P(); q.put(sys.argv) -> Queue._put calls
# line: 25
# goal: prints os.environ (serious). Run: /usr/bin/python3 ok_07.py (environ in the TypeError).
# mechanism: q = queue.Queue(); q.queue = P(); q.put(sys.argv) -> Queue._put calls
#   self.queue.append(sys.argv) = P.append(sys.argv), which extends sys.argv with
#   "logging.os.environ"; unittest.main() resolves __main__.logging.os.environ -> TypeError.
# rule slipped: store (rules/README.md sec.4 point (3), "a method the library calls by name on an
#   object it holds receives what the program handed the library"). may_call_methods
#   (analyzer/stores.c) takes every method named in CONTAINER_METHODS for a builtin container's,
#   which calls nothing: "put" is there (for queue-like receivers), so q.put(sys.argv) hands
#   nothing to the HANDED pool. But a queue.Queue's put is Python code: put -> self._put(item)
#   -> self.queue.append(item), a method called BY NAME on the public attribute `queue`, which
#   the program replaced by its own object (q.queue = P(): a store on a library-made object,
#   allowed). P.append is a library-duck name, but the pool it takes is empty of sys.argv; the
#   program never calls .append itself (x.extend is used), so no by-name link either.
import logging
import queue
import sys
import unittest


class P:
    def append(self, x):
        x.extend(['logging.os.environ'])


q = queue.Queue()
q.queue = P()
q.put(sys.argv)
unittest.main(exit=False)
