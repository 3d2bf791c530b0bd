# expect: accept
# why: an argparse option named --format bound to a name, `fmt = args.format`: args is
#   bound only by parser.parse_args(...), a Namespace, whose format is the dest's value
#   (the program's default or a string of the argument list), never a bound str.format.
import argparse

parser = argparse.ArgumentParser(prog="dump")
parser.add_argument("--format", choices=["text", "json"], default="text")
parser.add_argument("--indent", type=int, default=2)
args = parser.parse_args(["--format", "json"])
fmt = args.format
rows = [("a", 1), ("b", 2)]
if fmt == "json":
    print("[" + ", ".join('{"k": "%s", "v": %d}' % r for r in rows) + "]")
else:
    for k, v in rows:
        print(" " * args.indent + k, v)
