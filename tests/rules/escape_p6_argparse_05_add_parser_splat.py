# expect: reject method
# line: 11
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: add_parser's keywords written out only: a ** splat hides
#   fromfile_prefix_chars from the facade.
# Goal reached: read /etc/passwd (its lines come back in the error message).
import argparse
parser = argparse.ArgumentParser(prog="p")
sub = parser.add_subparsers(dest="cmd")
options = {"fromfile_prefix_chars": "@", "exit_on_error": False}
cmd = sub.add_parser("cat", **options)
try:
    cmd.parse_args(["@/etc/passwd"])
except argparse.ArgumentError as e:
    print(e)
