# expect: reject store
# why: the red team's round 23o ok_16: threading.Thread(target=operator.call, args=(g, sys.argv)).start() -> operator.call(g, sys.argv) = g(sys.argv).
# line: 16
# goal: prints os.environ (serious). Run: /usr/bin/python3 ok_16.py (environ in the TypeError)
# mechanism: threading.Thread(target=operator.call, args=(g, sys.argv)).start() -> operator.call(g, sys.argv) = g(sys.argv).
#   (Thread(target=g, args=(sys.argv,)) is caught: known caller; here the target is a library callable.)

import logging
import operator
import sys
import threading
import unittest


def g(v):
    v.append('logging.os.environ')


t = threading.Thread(target=operator.call, args=(g, sys.argv))
t.start()
t.join()
unittest.main(exit=False)
