# expect: accept
# why: two subparsers share the dest 'tag': one appends, the other stores the
#   command line's string with no type=, const= or default; argparse copies a
#   str or None, which runs no code
import argparse

p = argparse.ArgumentParser(prog="notes", exit_on_error=False)
sub = p.add_subparsers(dest="command", required=True)
a = sub.add_parser("add")
a.add_argument("text", nargs="+")
a.add_argument("-t", "--tag", action="append")
ls = sub.add_parser("list")
ls.add_argument("--tag")
ls.add_argument("--all", action="store_true")
ls.add_argument("-v", "--tag-count", dest="tag", action="count")
print(p.parse_args(["add", "milk", "-t", "home", "-t", "shop"]))
print(p.parse_args(["list", "--tag", "home"]))
