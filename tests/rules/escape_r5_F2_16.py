# expect: reject builtin
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# Mechanism: a def counts as a property accessor (its self bound by the property, so it
#   needs no `method` guard) when decorated @property; here `property` is the program's
#   own function returning the def, so K.put is a plain function and K.put(parser, ...)
#   an unbound call with a foreign self. Accessors count only under the builtin
#   `property`, a name the program never binds.
# Goal reached: /etc/passwd read.
import argparse


def property(f):
    return f


class K:
    @property
    def put(self, name, value):
        setattr(self, name, value)


parser = argparse.ArgumentParser(prog="p")
parser.add_argument("rest", nargs="*")
K.put(parser, "fromfile_prefix_chars", "@")
print(parser.parse_args(["@/etc/passwd"]).rest[:3])
