# expect: reject store
# line: 16
# why: the red team's round 25j ok_03f (its header below)
# goal (TOP TIER): ok_03 with 'logging.os.fork': the loader calls os.fork() -> a new process. Same hole (sort_only_lists over raw bytes; dest written with an escape).
import argparse
import logging
import sys
import unittest


def f(key):
    key(sys.argv)


def g(x):
    x.append("logging.os.fork")


p = argparse.ArgumentParser()
p.add_argument("--a", dest="so\x72t", default=f)
p.parse_args([]).sort(key=g)
print(sys.argv)
unittest.main(exit=False)
