# expect: reject builtin
# line: 32
# verified: reaches its goal under plain python3 3.11 in a temp dir (/etc/passwd read)
# why: vars(args) of a parse_args result is allowed when the parser is one the program
#   built; since round 14 a local name of a function (`p` in build) is judged by the
#   bindings in that function alone. Here a nested function rebinds it through
#   `nonlocal`, so build returns a Fake whose parse_args hands back the class
#   ArgumentParser: vars() of it is the class's namespace, whose __init__ re-initialises
#   a parser with fromfile_prefix_chars (refused written out). The nonlocal
#   declaration and the second assignment are bindings inside build: refused.
import argparse


class Fake:
    def parse_args(self, argv):
        return argparse.ArgumentParser


def build():
    p = argparse.ArgumentParser(prog="x")

    def swap():
        nonlocal p
        p = Fake()

    swap()
    return p


parser = build()
args = parser.parse_args([])
for name, fn in vars(args).items():
    if name == "__init__":
        target = argparse.ArgumentParser(prog="t")
        fn(target, prog="t", fromfile_prefix_chars="@")
        target.add_argument("rest", nargs="*")
        print(target.parse_args(["@/etc/passwd"]).rest[:3])
