# expect: reject builtin
# line: 29
# verified: reaches its goal under plain python3 3.11 in a temp dir (/etc/passwd read)
# why: the only binding of `p` inside build is in a class body nested in it, which
#   binds a class attribute: build's `return p` reads the global p, a Fake whose
#   parse_args hands back the class ArgumentParser. A binding counts for a function's
#   local only when it stands in that function's own scope: refused.
import argparse


class Fake:
    def parse_args(self, argv):
        return argparse.ArgumentParser


p = Fake()


def build():
    class Holder:
        p = argparse.ArgumentParser(prog="x")

    print(Holder.p.prog)
    return p


parser = build()
args = parser.parse_args([])
for name, fn in vars(args).items():
    if name == "__init__":
        target = argparse.ArgumentParser(prog="t")
        fn(target, prog="t", fromfile_prefix_chars="@")
        target.add_argument("rest", nargs="*")
        print(target.parse_args(["@/etc/passwd"]).rest[:3])
