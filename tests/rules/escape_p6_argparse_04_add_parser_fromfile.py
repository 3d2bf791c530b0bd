# expect: reject method
# line: 10
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: add_parser passes its other keywords to ArgumentParser(**kwargs): they are
#   judged as the constructor's (no fromfile_prefix_chars, prefix_chars,
#   formatter_class, conflict_handler).
# Goal reached: read /etc/passwd (its lines come back in the error message).
import argparse
sub = argparse.ArgumentParser(prog="p").add_subparsers(dest="cmd")
cmd = sub.add_parser("cat", fromfile_prefix_chars="@", exit_on_error=False)
try:
    cmd.parse_args(["@/etc/passwd"])
except argparse.ArgumentError as e:
    print(e)
