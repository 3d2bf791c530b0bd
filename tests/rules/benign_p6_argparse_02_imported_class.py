# expect: accept
# why: vars() of a parse_args result whose parser is made by the class imported
#   once from argparse, in a def that returns it.
from argparse import ArgumentParser


def make():
    simple = ArgumentParser(prog="simple")
    simple.add_argument("--size", type=int, default=3)
    simple.add_argument("words", nargs="*")
    return simple


other = make().parse_args(["--size", "5", "a", "b"])
print(vars(other).get("size"), list(vars(other).keys()), vars(other).values())
print(sorted(vars(other)), "size" in dict(vars(other)))
