# expect: reject store
# why: the red team's round 23l ok_08: as ok_07 with "logging.os.fork" pushed into sys.argv: unittest's loader calls it.
# line: 24
# goal: runs a process (os.fork) with no input (serious). Run: /usr/bin/python3 ok_08.py ->
#   two TypeErrors "calling <built-in function fork> returned <pid>/0" (parent and child).
# mechanism: as ok_07 with "logging.os.fork" pushed into sys.argv: unittest's loader calls it.
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
        x.extend(['logging.os.fork'])


q = queue.Queue()
q.queue = P()
q.put(sys.argv)
unittest.main(exit=False)
