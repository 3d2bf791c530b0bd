# expect: reject method
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# Mechanism: self handed on through the class of self: self.__class__.put(obj, ...) in a
#   bound method is K.put(obj, ...), unbound, with obj (an argparse parser) as self. A
#   class by value may only be inspected (class_value), and the call is no bound one
#   (rule method). Regression case for the spelling.
# Goal reached: /etc/passwd read.
import argparse


class K:
    def put(self, name, value):
        setattr(self, name, value)

    def go(self, obj, name, value):
        self.__class__.put(obj, name, value)


parser = argparse.ArgumentParser(prog="p")
parser.add_argument("rest", nargs="*")
K().go(parser, "fromfile_prefix_chars", "@")
print(parser.parse_args(["@/etc/passwd"]).rest[:3])
