# expect: accept
# why: args.sort of an argparse result is the --sort option's dest, not list.sort taken as a value
import argparse

parser = argparse.ArgumentParser(prog="todo")
parser.add_argument("--sort", choices=["id", "title"], default="id")
parser.add_argument("--reverse", action="store_true")
parser.add_argument("--tag", action="append", default=[])
args = parser.parse_args(["--sort", "title", "--tag", "a"])
keys = {"id": lambda t: t[0], "title": lambda t: t[1]}
rows = [(2, "b"), (1, "a"), (3, "c")]
order = keys[args.sort]
print(sorted(rows, key=order, reverse=args.reverse), args.tag)
