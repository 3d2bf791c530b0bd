# expect: accept
# why: argparse subcommands (add_subparsers held by one name, used only for
#   add_parser, whose keywords are ArgumentParser's), and vars() of parse_args
#   results read in place: printed, copied, sorted, iterated.
import argparse


def build():
    parser = argparse.ArgumentParser(prog="tool", description="demo")
    parser.add_argument("-v", "--verbose", action="count", default=0)
    commands = parser.add_subparsers(dest="command", required=True, help="what to do")
    add = commands.add_parser("add", help="add numbers", aliases=["plus"])
    add.add_argument("numbers", nargs="+", type=int)
    show = commands.add_parser("show", description="show a name", add_help=True)
    show.add_argument("--name", default="world")
    return parser


args = build().parse_args(["-v", "add", "1", "2", "3"])
print(vars(args))
print(sorted(vars(args).items()))
for key in vars(args):
    print(key, getattr(args, "verbose"))
options = dict(vars(args))
options["extra"] = True
print(options, len(vars(args)))
