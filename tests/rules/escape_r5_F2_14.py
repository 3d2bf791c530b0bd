# expect: reject method
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# Mechanism: rule `method`, self.m(...) inside a lambda of a method called with a class
#   as self: the lambda's self is K, so self.put(obj, ...) is K.put(obj, ...).
# Goal reached: /etc/passwd read.
import argparse


class K:
    def put(self, name, value):
        setattr(self, name, value)

    def go(self, obj, name, value):
        run = lambda: self.put(obj, name, value)
        run()


parser = argparse.ArgumentParser(prog="p")
parser.add_argument("rest", nargs="*")
K.go(K, parser, "fromfile_prefix_chars", "@")
print(parser.parse_args(["@/etc/passwd"]).rest[:3])
