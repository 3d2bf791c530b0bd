# expect: reject method
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# Mechanism: super(L, L).put(obj, ...) inside a bound method: a class as super's second
#   argument makes it an unbound lookup, K.put as a plain function, whatever the method's
#   own self is. Regression case for the spelling.
# Goal reached: /etc/passwd read.
import argparse


class K:
    def put(self, name, value):
        setattr(self, name, value)


class L(K):
    def go(self, obj, name, value):
        super(L, L).put(obj, name, value)


parser = argparse.ArgumentParser(prog="p")
parser.add_argument("rest", nargs="*")
L().go(parser, "fromfile_prefix_chars", "@")
print(parser.parse_args(["@/etc/passwd"]).rest[:3])
