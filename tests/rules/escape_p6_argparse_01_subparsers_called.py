# expect: reject method
# line: 10
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: the object add_subparsers returns is an Action: called with any namespace
#   it sets its dest and every dest of the chosen subparser there with setattr,
#   a library class included. It is held only as the receiver of add_parser.
# Goal reached: write into a foreign namespace (json.JSONEncoder.default).
import argparse, json
parser = argparse.ArgumentParser(prog="p")
sub = parser.add_subparsers(dest="cmd")
cmd = sub.add_parser("go")
cmd.add_argument("default")
sub(parser, json.JSONEncoder, ["go", "forged"])
print(json.JSONEncoder.default, json.JSONEncoder.cmd)
