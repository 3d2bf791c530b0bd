# expect: reject method
# why: a store_const argument sharing an append's dest puts its const= into the
#   namespace, and the append then hands that object to copy.copy, whose reduce
#   of a bound method is a getattr by the method's (wraps-chosen) name
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
p.add_argument("--y", dest="x", action="store_const", const=L().pick)
p.add_argument("--x", action="append")
try:
    p.parse_args(["--y", "--x", "v"])
except AttributeError as e:
    print(e.obj)
