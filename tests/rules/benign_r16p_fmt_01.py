# expect: accept
# why: honest16 p29: an argparse option named --format read as args.format, compared
#   with literals, printed and stored; nothing calls it (round 16's format rule).
import argparse


class Report:
    def __init__(self, fmt):
        self.format = fmt

    def render(self, rows):
        if self.format == "csv":
            return "\n".join(",".join(str(c) for c in r) for r in rows)
        return "\n".join(" ".join(str(c) for c in r) for r in rows)


p = argparse.ArgumentParser(prog="rep")
p.add_argument("--format", choices=["text", "csv"], default="text")
args = p.parse_args(["--format", "csv"])
print(args.format, str(args.format), f"[{args.format}]")
if args.format in ("text", "csv") and args.format != "xml":
    r = Report("csv")
    print(r.format)
    print(r.render([[1, 2], [3, 4]]))
    r.format = "text"
    print(r.render([[5, 6]]))
