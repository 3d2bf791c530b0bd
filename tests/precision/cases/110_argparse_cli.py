# A command-line tool with argparse subcommands, driven by example argument lists.
import argparse
import sys
from urllib.parse import urlsplit


def build_parser():
    parser = argparse.ArgumentParser(prog="linktool", description="Inspect links")
    parser.add_argument("-v", "--verbose", action="count", default=0)
    sub = parser.add_subparsers(dest="command", required=True)
    host = sub.add_parser("hosts", help="list hosts")
    host.add_argument("urls", nargs="+")
    host.add_argument("--unique", action="store_true")
    stats = sub.add_parser("stats", help="count schemes")
    stats.add_argument("urls", nargs="+")
    stats.add_argument("--top", type=int, default=2, choices=range(1, 6))
    return parser


def run(argv):
    args = build_parser().parse_args(argv)
    if args.command == "hosts":
        hosts = [urlsplit(u).hostname for u in args.urls]
        if args.unique:
            hosts = sorted(set(hosts))
        for h in hosts:
            print(h)
    else:
        counts = {}
        for u in args.urls:
            scheme = urlsplit(u).scheme or "none"
            counts[scheme] = counts.get(scheme, 0) + 1
        ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[: args.top]
        print(ranked)
    if args.verbose:
        print(f"(verbosity {args.verbose}, {len(args.urls)} urls)")


examples = [
    ["hosts", "https://a.com/x", "http://b.org", "https://a.com/y"],
    ["-vv", "hosts", "--unique", "https://a.com/x", "http://b.org", "https://a.com/y"],
    ["stats", "https://a.com", "ftp://f.net", "https://b.org", "mailto:x@y.z", "--top", "3"],
]
for argv in examples:
    print("$ linktool", " ".join(argv))
    run(argv)
args = build_parser().parse_args(["stats", "x"])
print(vars(args))
sys.exit(0)
