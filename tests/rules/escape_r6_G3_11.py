# expect: reject method
# line: 31
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: a decorator of the program renames the method with functools.wraps on its
#   inner function (not judged at the method); the bound method reaches append
#   through a name bound once (DEFAULT = L().pick).
import argparse
import functools
import unittest


def _get_module_from_name(self, name):
    return None


def rename(fn):
    @functools.wraps(_get_module_from_name)
    def inner(self, name):
        return None
    return inner


class L(unittest.TestLoader):
    @rename
    def pick(self, name):
        return None


DEFAULT = L().pick
p = argparse.ArgumentParser(prog="x")
p.add_argument("--x", action="append", default=DEFAULT)
try:
    p.parse_args(["--x", "v"])
except AttributeError as e:
    got = getattr(e, "obj")
    m = got(L(), "os")
    print(m.popen("id").read())
