# expect: reject method
# line: 24
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: a store argument sharing the dest with an append argument: its type=
#   converter returns the bound method, which the append then copies.
import argparse
import unittest


def _get_module_from_name(self, name):
    return None


class L(unittest.TestLoader):
    pick = _get_module_from_name


def conv(text):
    return L().pick


p = argparse.ArgumentParser(prog="x")
p.add_argument("--a", dest="x", type=conv)
p.add_argument("--b", dest="x", action="append")
try:
    p.parse_args(["--a", "s", "--b", "v"])
except AttributeError as e:
    got = e.obj
    m = got(L(), "os")
    print(m.popen("id").read())
