# expect: reject method
# line: 9
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: the subparsers Action passed on under another name, then called with a
#   library class as its namespace: any use but `sub.add_parser(...)` is refused.
# Goal reached: write into a foreign namespace (json.JSONEncoder.default).
import argparse, json
def setup(parser):
    return parser.add_subparsers(dest="default")
sub = setup(argparse.ArgumentParser(prog="p"))
sub.add_parser("forged")
actions = [sub]
actions[0](argparse.ArgumentParser(prog="q"), json.JSONEncoder, ["forged"])
print(json.JSONEncoder.default)
