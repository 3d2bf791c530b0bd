# expect: accept
# why: argparse's copying actions (append, append_const, extend) with the defaults
#   honest programs give them: a list display, None, a name bound once to a
#   list, argparse.SUPPRESS; set_defaults(func=handler) with a plain def on a dest of
#   its own; argument_default=None; store actions on dests of their own.
import argparse

DEFAULT_TAGS = ["base"]


def handler(args):
    return sorted(args.tag)


p = argparse.ArgumentParser(prog="tool", argument_default=None)
p.add_argument("--tag", action="append", default=DEFAULT_TAGS)
p.add_argument("--inc", dest="paths", action="append", default=[])
p.add_argument("--flag", dest="flags", action="append_const", const="f", default=None)
p.add_argument("--more", action="extend", nargs="+", default=["a"])
p.add_argument("--skip", action="append", default=argparse.SUPPRESS)
p.add_argument("--level", type=int, default=1)
p.add_argument("--num", action="append", type=int, default=None)
p.set_defaults(func=handler)
args = p.parse_args(["--tag", "x", "--inc", "p", "--flag", "--more", "b", "c", "--level", "3"])
print(args.func(args), args.paths, args.flags, args.more, args.level, DEFAULT_TAGS)
