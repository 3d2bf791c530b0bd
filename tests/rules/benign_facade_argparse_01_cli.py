# expect: accept
# why: argparse facade: options, positionals, types, choices, counts, groups, defaults, parse_args on lists
import argparse

parser = argparse.ArgumentParser(prog="wc", description="Count things", epilog="done")
parser.add_argument("words", nargs="*", help="words to count")
parser.add_argument("-v", "--verbose", action="count", default=0)
parser.add_argument("--top", type=int, default=3, choices=range(1, 10))
parser.add_argument("--sep", default=" ", metavar="TEXT")
parser.add_argument("--no-sort", dest="sort", action="store_false")
parser.add_argument("--tag", action="append", default=[])
group = parser.add_mutually_exclusive_group()
group.add_argument("--upper", action="store_true")
group.add_argument("--lower", action="store_true")
extra = parser.add_argument_group("output", "how results are shown")
extra.add_argument("--width", type=int, default=20)
parser.set_defaults(mode="count")

for argv in (["a", "b", "a", "-vv", "--top", "2"], ["--upper", "x", "--tag", "t1", "--tag", "t2"], ["--no-sort"]):
    args = parser.parse_args(argv)
    counts = {}
    for w in args.words:
        w = w.upper() if args.upper else w
        counts[w] = counts.get(w, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1]) if args.sort else list(counts.items())
    print(args.mode, args.verbose, args.top, args.tag, args.width, ranked[: args.top])

known, rest = parser.parse_known_args(["x", "--unknown", "1"])
print(known.words, rest)
ns = argparse.Namespace(a=1, b="two")
print(ns.a, ns.b, "a" in ns)
try:
    parser.parse_args(["--top", "99"])
except SystemExit as e:
    print("exit", e.code)
print(parser.format_usage().strip())
