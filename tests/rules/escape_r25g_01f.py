# expect: reject store
# line: 13
# why: the red team's round 25g ok_01f (its header below)
# goal (TOP TIER): a new process. ok_01's hole (dict(key=list)["key"] is list, class_consumer_keyword
#   exempts key= on any builtin) writes 'logging.os.fork' into sys.argv; unittest's loader
#   resolves it and CALLS the zero-argument callable: os.fork() runs ("returned <pid>" in the
#   parent, "returned 0" in the child).
import logging
import sys
import unittest

L = dict(key=list)["key"]
L.append(sys.argv, "logging.os.fork")
print(sys.argv)
unittest.main(exit=False)
