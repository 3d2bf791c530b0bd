# expect: reject attribute
# line: 23
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: AttributeError.obj read through operator.attrgetter("obj").
import argparse
import operator
import unittest


def _get_module_from_name(self, name):
    return None


class L(unittest.TestLoader):
    pick = _get_module_from_name


p = argparse.ArgumentParser(prog="x")
p.add_argument("--x", action="append", default=L().pick)
try:
    p.parse_args(["--x", "v"])
except AttributeError as e:
    got = operator.attrgetter("obj")(e)
    m = got(L(), "os")
    print(m.popen("id").read())
