# expect: accept
# why: a CLI prints its parsed options in an f-string field (honest19 p14): the
#   Namespace comes from parse_args on a parser an undecorated helper def builds
#   and returns, and the field formats the dict as print(vars(args)) would.
import argparse


def build_parser():
    p = argparse.ArgumentParser(prog="conv", description="convert lengths")
    p.add_argument("value", type=float)
    p.add_argument("-v", "--verbose", action="count", default=0)
    return p


def run(argv):
    args = build_parser().parse_args(argv)
    if args.verbose:
        print(f"  args: {vars(args)}")
        print(f"  args: {vars(args)!r}")
        print(f"{vars(args)=}")
    print(args.value * 2)


run(["5", "-vv"])
