# expect: reject method
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# Mechanism: rule `method`, privilege two steps away: outer() hands self to go(), which
#   hands it to the privileged put(). Each step is the accepted Base.m(self, ...) form;
#   only a fixpoint makes outer privileged too.
# Goal reached: /etc/passwd read.
import argparse


class K:
    def put(self, name, value):
        setattr(self, name, value)

    def go(self, name, value):
        K.put(self, name, value)

    def outer(self, name, value):
        K.go(self, name, value)


parser = argparse.ArgumentParser(prog="p")
parser.add_argument("rest", nargs="*")
K.outer(parser, "fromfile_prefix_chars", "@")
print(parser.parse_args(["@/etc/passwd"]).rest[:3])
