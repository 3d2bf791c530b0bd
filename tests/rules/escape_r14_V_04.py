# expect: reject builtin
# line: 23
# verified: reaches its goal under plain python3 3.11 in a temp dir (/etc/passwd read)
# why: the tuple binding `args, extra = P.parse_known_args(...)` is a Namespace only
#   in its first place: here the targets are swapped, `rest, args = ...`, and the
#   receiver's parse_known_args is a Fake's that hands back the class ArgumentParser
#   second. Only `NAME, other = parser.parse_known_args(...)` of a parser the
#   program built binds NAME to a Namespace.
import argparse


class Fake:
    def parse_known_args(self, argv):
        return [], argparse.ArgumentParser


def build():
    return Fake()


parser = build()
rest, args = parser.parse_known_args([])
for name, fn in vars(args).items():
    if name == "__init__":
        target = argparse.ArgumentParser(prog="t")
        fn(target, prog="t", fromfile_prefix_chars="@")
        target.add_argument("rest", nargs="*")
        print(target.parse_args(["@/etc/passwd"]).rest[:3], rest)
