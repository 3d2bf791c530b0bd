# expect: reject method
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# Mechanism: rule `method`, untyped splats (`*args`, `**kw`) and a plain default:
#   none requires an argument, so the bound arity of put is 0 and the unbound
#   K.put(parser, ...) always has more. Regression case for the untyped shapes.
# Goal reached: /etc/passwd read.
import argparse


class K:
    def put(self, *args, sep=None, **kw):
        for name, value in kw.items():
            setattr(self, name, value)


parser = argparse.ArgumentParser(prog="p")
parser.add_argument("rest", nargs="*")
K.put(parser, fromfile_prefix_chars="@")
print(parser.parse_args(["@/etc/passwd"]).rest[:3])
