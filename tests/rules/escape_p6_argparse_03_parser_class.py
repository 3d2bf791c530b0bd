# expect: reject method
# line: 12
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: add_subparsers(parser_class=...) names the class add_parser calls with its
#   keywords: a partial of ArgumentParser with fromfile_prefix_chars makes a
#   parser that reads the file an argument names, past the facade's keywords.
# Goal reached: read /etc/passwd (its lines come back in the error message).
import argparse, functools
reader = functools.partial(argparse.ArgumentParser, fromfile_prefix_chars="@",
                           exit_on_error=False)
parser = argparse.ArgumentParser(prog="p")
sub = parser.add_subparsers(dest="cmd", parser_class=reader)
cmd = sub.add_parser("cat")
try:
    cmd.parse_args(["@/etc/passwd"])
except argparse.ArgumentError as e:
    print(e)
