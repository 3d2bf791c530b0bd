# expect: reject method
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# Mechanism: rule `method`, super(K, self).m(...) with self a class: K.go(K, ...) makes
#   it super(K, K), whose put is the base's plain function.
# Goal reached: /etc/passwd read.
import argparse


class B:
    def put(self, name, value):
        setattr(self, name, value)


class K(B):
    def go(self, obj, name, value):
        super(K, self).put(obj, name, value)


parser = argparse.ArgumentParser(prog="p")
parser.add_argument("rest", nargs="*")
K.go(K, parser, "fromfile_prefix_chars", "@")
print(parser.parse_args(["@/etc/passwd"]).rest[:3])
