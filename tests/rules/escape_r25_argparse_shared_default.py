# expect: reject method
# why: a plain store argument of another subparser sharing an append's dest,
#   whose default is a bound method: the namespace holds it when the append runs
import argparse
import functools
import unittest


def _get_module_from_name(name):
    return None


class L(unittest.TestLoader):
    @functools.wraps(_get_module_from_name)
    def pick(self, name):
        return None


p = argparse.ArgumentParser(prog="x")
p.add_argument("--y", dest="x", default=L().pick)
p.add_argument("--x", action="append")
try:
    p.parse_args(["--x", "v"])
except AttributeError as e:
    print(e.obj)
