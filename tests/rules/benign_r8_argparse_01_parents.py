# expect: accept
# why: ArgumentParser's parents= as argparse's documentation shows it: a parser built with
#   add_help=False holding the shared options, handed to the main parser and to subcommands,
#   as a name bound once, a call written in place, a tuple, or a def that returns one
import argparse


def logging_options():
    shared = argparse.ArgumentParser(add_help=False)
    shared.add_argument("--log-level", default="info", choices=["debug", "info", "warning"])
    return shared


base = argparse.ArgumentParser(add_help=False)
base.add_argument("--verbose", action="store_true")
base.add_argument("--tag", action="append", default=[])
parser = argparse.ArgumentParser(prog="tool", parents=[base, logging_options()])
sub = parser.add_subparsers(dest="command")
run = sub.add_parser("run", parents=(base,), help="run a job")
run.add_argument("job")
sub.add_parser("list", parents=[argparse.ArgumentParser(add_help=False)])
args = parser.parse_args(["--verbose", "--tag", "a", "run", "nightly"])
print(args.command, args.job, args.verbose, args.tag, args.log_level)
listed = parser.parse_args(["list"])
print(listed.command, listed.verbose)
