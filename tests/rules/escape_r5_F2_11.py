# expect: reject method
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# Mechanism: rule `method`, self handed to a privileged method through
#   functools.partial(K.put, self, ...) inside a method called unbound. K.put as a
#   value is refused wherever it appears.
# Goal reached: /etc/passwd read.
import argparse
import functools


class K:
    def put(self, name, value):
        setattr(self, name, value)

    def go(self, name, value):
        functools.partial(K.put, self, name)(value)


parser = argparse.ArgumentParser(prog="p")
parser.add_argument("rest", nargs="*")
K.go(parser, "fromfile_prefix_chars", "@")
print(parser.parse_args(["@/etc/passwd"]).rest[:3])
