# expect: reject method
# line: 24
# verified: reaches its goal under plain python3 3.11 in a temp dir (/etc/passwd read)
# why: `b = K()` bound once, but K's chain defines __new__, which returns the class
#   itself: b is K, and `b.put(parser)` is the unbound call. The receiver proof needs a
#   class with no __new__ in its chain (the __new__ rule refuses this one too).
import argparse


class Base:
    def __new__(cls):
        return cls


class K(Base):
    def put(self, name="fromfile_prefix_chars", value="@"):
        setattr(self, name, value)


parser = argparse.ArgumentParser(prog="p")
parser.add_argument("rest", nargs="*")
b = K()
print(b is K)
b.put(parser)
print(parser.parse_args(["@/etc/passwd"]).rest[:3])
