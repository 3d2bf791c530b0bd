# expect: reject method
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# Mechanism: rule `method`, cls.m(...) in a classmethod: cls is a class, so
#   cls.put(obj, ...) is an unbound call handing obj in as self. It counted as a call
#   through the method's own receiver.
# Goal reached: /etc/passwd read.
import argparse


class K:
    def put(self, name, value):
        setattr(self, name, value)

    @classmethod
    def go(cls, obj, name, value):
        cls.put(obj, name, value)


parser = argparse.ArgumentParser(prog="p")
parser.add_argument("rest", nargs="*")
K.go(parser, "fromfile_prefix_chars", "@")
print(parser.parse_args(["@/etc/passwd"]).rest[:3])
