# expect: reject builtin
# line: 25
# verified: reaches its goal under plain python3 3.11 in a temp dir (/etc/passwd read)
# why: since round 14, `args, extra = P.parse_known_args(...)` counts as a binding of
#   args to a Namespace when P is a parser the program built. Here P is built in a
#   function whose local parser is rebound by a walrus inside a comprehension (a
#   walrus binds in the enclosing function's scope), so the receiver is a Fake whose
#   parse_known_args hands back the class ArgumentParser: two bindings of p in build.
import argparse


class Fake:
    def parse_known_args(self, argv):
        return argparse.ArgumentParser, []


def build():
    p = argparse.ArgumentParser(prog="x")
    [p := Fake() for _ in range(1)]
    return p


parser = build()
args, extra = parser.parse_known_args([])
for name, fn in vars(args).items():
    if name == "__init__":
        target = argparse.ArgumentParser(prog="t")
        fn(target, prog="t", fromfile_prefix_chars="@")
        target.add_argument("rest", nargs="*")
        print(target.parse_args(["@/etc/passwd"]).rest[:3], extra)
