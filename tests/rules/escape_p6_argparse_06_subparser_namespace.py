# expect: reject method
# line: 12
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: a subparser is an ArgumentParser: its parse_args takes no namespace= either
#   (argparse would setattr its dests into the object given, a library class).
# Goal reached: write into a foreign namespace (json.JSONEncoder.default).
import argparse, json
parser = argparse.ArgumentParser(prog="p")
sub = parser.add_subparsers(dest="cmd")
cmd = sub.add_parser("go")
cmd.add_argument("default")
cmd.parse_args(["forged"], namespace=json.JSONEncoder)
print(json.JSONEncoder.default)
