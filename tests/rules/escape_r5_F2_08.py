# expect: reject method
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# Mechanism: rule `method`, super() in a classmethod is super(K, cls): it hands out
#   plain functions, so super().put(obj, ...) is B.put(obj, ...), unbound.
# Goal reached: /etc/passwd read.
import argparse


class B:
    def put(self, name, value):
        setattr(self, name, value)


class K(B):
    @classmethod
    def go(cls, obj, name, value):
        super().put(obj, name, value)


parser = argparse.ArgumentParser(prog="p")
parser.add_argument("rest", nargs="*")
K.go(parser, "fromfile_prefix_chars", "@")
print(parser.parse_args(["@/etc/passwd"]).rest[:3])
