# expect: reject builtin
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# Mechanism: @p.setter counted as a property accessor whatever p is: here p is the
#   program's own object whose setter() returns the def, so K.put stays a plain
#   function, called unbound with a foreign self. @x.setter counts only when x is
#   bound in the class body by nothing but a property chain (@property def x, then
#   @x.setter/.getter/.deleter def x).
# Goal reached: /etc/passwd read.
import argparse


class Keep:
    def setter(self, f):
        return f


class K:
    p = Keep()

    @p.setter
    def put(self, name, value):
        setattr(self, name, value)


parser = argparse.ArgumentParser(prog="p")
parser.add_argument("rest", nargs="*")
K.put(parser, "fromfile_prefix_chars", "@")
print(parser.parse_args(["@/etc/passwd"]).rest[:3])
