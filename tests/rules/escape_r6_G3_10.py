# expect: reject attribute
# line: 24
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: AttributeError.obj read through a keyword class pattern
#   `case AttributeError(obj=got)`.
import argparse
import unittest


def _get_module_from_name(self, name):
    return None


class L(unittest.TestLoader):
    pick = _get_module_from_name


p = argparse.ArgumentParser(prog="x")
p.add_argument("--x", action="append_const", const=1, default=L().pick)
try:
    p.parse_args(["--x"])
except AttributeError as e:
    match e:
        case AttributeError(obj=got):
            m = got(L(), "os")
            print(m.popen("id").read())
