import argparse


def build_parser():
    p = argparse.ArgumentParser(prog="grades", description="Summarise grades.")
    p.add_argument("scores", nargs="+", type=float, help="scores")
    p.add_argument("-n", "--name", default="student")
    p.add_argument("--curve", type=float, default=0.0)
    p.add_argument("-v", "--verbose", action="count", default=0)
    p.add_argument("--format", choices=["text", "csv"], default="text")
    sub = p.add_subparsers(dest="cmd")
    s = sub.add_parser("report")
    s.add_argument("--top", type=int, default=3)
    return p


parser = build_parser()
args = parser.parse_args(["-vv", "--name", "Ann", "--curve", "2.5", "70", "85.5", "91", "report"])
print(vars(args))
curved = [min(100, s + args.curve) for s in args.scores]
if args.format == "text":
    print(f"{args.name}: avg {sum(curved) / len(curved):.2f} (verbosity {args.verbose})")
args2 = parser.parse_args(["--format", "csv", "1", "2", "report", "--top", "5"])
print(args2.cmd, args2.top, args2.format)
ns, extra = parser.parse_known_args(["5", "report", "--unknown", "x"])
print(ns.scores, extra)
try:
    parser.parse_args(["--format", "xml", "1", "report"])
except SystemExit as e:
    print("exit code", e.code)
print(parser.format_usage().strip())
