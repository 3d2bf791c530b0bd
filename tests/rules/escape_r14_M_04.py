# expect: reject method
# line: 28
# verified: reaches its goal under plain python3 3.11 in a temp dir (/etc/passwd read)
# why: the receiver proof (a name every binding of which is `x = C(...)`, C a closed
#   class of the program with no __new__) is what lets `b.put(parser)` through with
#   optional arguments. Here the name is bound once by such a call and once more by
#   the class itself: the second binding makes b the class, and the call unbound.
import argparse


class K:
    def put(self, name="fromfile_prefix_chars", value="@"):
        setattr(self, name, value)


parser = argparse.ArgumentParser(prog="p")
parser.add_argument("rest", nargs="*")
b = K()
b.put("x", "y")


def swap():
    global b
    b = K


swap()
b.put(parser)
print(parser.parse_args(["@/etc/passwd"]).rest[:3])
