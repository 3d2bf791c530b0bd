# expect: reject module_attribute
# line: 15
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: functools.wraps on a method from a namedtuple class whose type name is
#   "_get_module_from_name".
import argparse
import collections
import functools
import unittest

Named = collections.namedtuple("_get_module_from_name", "a")


class L(unittest.TestLoader):
    @functools.wraps(Named)
    def pick(self, name):
        return None


p = argparse.ArgumentParser(prog="x")
p.add_argument("--x", action="append", default=L().pick)
try:
    p.parse_args(["--x", "v"])
except AttributeError as e:
    got = e.obj
    m = got(L(), "os")
    print(m.popen("id").read())
