# expect: reject store
# line: 10
# why: round 54a: as 08, then unittest.main prints os.environ
# goal: print os.environ (unittest.main resolves sys.argv words as dotted names from __main__ and calls them)
import sys, queue, collections, unittest, logging
holder = []
q = queue.Queue()
q.queue = collections.deque([[holder]])
h = q.get(False)
h[0].append(sys.argv)
holder[0][1:] = ["logging.os.environ.copy"]
unittest.main()
