# argparse with parse_args([...]) like a notebook / test would
import argparse

def build_parser():
    p = argparse.ArgumentParser(prog="wc-lite", description="Count things")
    p.add_argument("words", nargs="*", help="words to count")
    p.add_argument("-n", "--repeat", type=int, default=1)
    p.add_argument("--upper", action="store_true")
    p.add_argument("--mode", choices=["chars", "words"], default="words")
    p.add_argument("-v", "--verbose", action="count", default=0)
    return p

def build_tool():
    p = argparse.ArgumentParser(prog="tool")
    sub = p.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("stats")
    s.add_argument("--top", type=int, default=3)
    sub.add_parser("clean").add_argument("paths", nargs="+")
    return p

parser = build_parser()
for argv in (["hello", "world", "-n", "2", "--upper"], ["--mode", "chars", "-vv", "abc"], []):
    args = parser.parse_args(argv)
    items = [w.upper() if args.upper else w for w in args.words] * args.repeat
    count = sum(map(len, items)) if args.mode == "chars" else len(items)
    print(vars(args), "->", count)
tool = build_tool()
print(tool.parse_args(["stats", "--top", "5"]), tool.parse_args(["clean", "a", "b"]))
try:
    parser.parse_args(["--mode", "bytes"])
except SystemExit as e:
    print("exit code", e.code)
args, extra = parser.parse_known_args(["x", "--unknown", "1"])
print(args.words, extra)
print(parser.format_usage().strip())
