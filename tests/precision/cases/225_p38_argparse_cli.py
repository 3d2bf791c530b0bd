import argparse

def build():
    p = argparse.ArgumentParser(prog="stats", description="Compute stats on numbers")
    p.add_argument("numbers", nargs="+", type=float, help="values")
    p.add_argument("-o", "--op", choices=["sum", "mean", "max"], default="sum")
    p.add_argument("--precision", "-p", type=int, default=2)
    p.add_argument("-v", "--verbose", action="count", default=0)
    p.add_argument("--tag", action="append", default=[])
    sub = p.add_mutually_exclusive_group()
    sub.add_argument("--json", action="store_true")
    sub.add_argument("--csv", action="store_true")
    return p

def run(argv):
    args = build().parse_args(argv)
    ops = {"sum": sum, "mean": lambda xs: sum(xs) / len(xs), "max": max}
    value = ops[args.op](args.numbers)
    if args.verbose:
        print("args:", sorted(vars(args).items()))
    if args.json:
        print('{"%s": %.*f}' % (args.op, args.precision, value))
    elif args.csv:
        print(f"{args.op},{value:.{args.precision}f}")
    else:
        print(f"{args.op} = {value:.{args.precision}f}", *args.tag)

run(["1", "2", "3.5"])
run(["-o", "mean", "-p", "4", "1", "2", "4", "--json"])
run(["--op=max", "-vv", "--tag", "a", "--tag", "b", "9", "3"])
try:
    run(["--op", "median", "1"])
except SystemExit as e:
    print("exited with", e.code)
print(build().format_usage().strip())
