# expect: reject method
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# Mechanism: rule `method`, privilege not transitive through self.m(...): go() calls
#   the privileged put() as self.put(obj, ...), with more arguments than a bound call
#   of put has. That is a bound call only when self is an instance; K.go(K, parser, ...)
#   makes self the class K, so self.put(parser, ...) is K.put(parser, ...), unbound.
# Goal reached: /etc/passwd read.
import argparse


class K:
    def put(self, name, value):
        setattr(self, name, value)

    def go(self, obj, name, value):
        self.put(obj, name, value)


parser = argparse.ArgumentParser(prog="p")
parser.add_argument("rest", nargs="*")
K.go(K, parser, "fromfile_prefix_chars", "@")
print(parser.parse_args(["@/etc/passwd"]).rest[:3])
