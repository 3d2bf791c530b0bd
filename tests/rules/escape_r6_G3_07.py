# expect: reject module_attribute
# line: 18
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: the same through ArgumentParser(argument_default=...), the default of an
#   extend argument without default=.
import argparse
import unittest


def _get_module_from_name(self, name):
    return None


class L(unittest.TestLoader):
    pick = _get_module_from_name


p = argparse.ArgumentParser(prog="x", argument_default=L().pick)
p.add_argument("--x", action="extend", nargs="+")
try:
    p.parse_args(["--x", "v"])
except AttributeError as e:
    got = e.obj
    m = got(L(), "os")
    print(m.popen("id").read())
