# expect: reject method
# why: an action class of the program sharing an append's dest may put any
#   object into the namespace (here a bound method whose reduce is a getattr
#   by a name wraps chose), which the append then copies with copy.copy
import argparse
import functools
import unittest


def _get_module_from_name(name):
    return None


class L(unittest.TestLoader):
    @functools.wraps(_get_module_from_name)
    def pick(self, name):
        return None


class Put(argparse.Action):
    def __call__(self, parser, namespace, values, option_string=None):
        namespace.x = L().pick


p = argparse.ArgumentParser(prog="x")
p.add_argument("--y", dest="x", action=Put, nargs=0)
p.add_argument("--x", action="append")
try:
    p.parse_args(["--y", "--x", "v"])
except AttributeError as e:
    print(e.obj)
