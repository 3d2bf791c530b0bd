# expect: reject method
# line: 21
# verified: reaches its goal under plain python3 3.11 in a temp dir (/etc/passwd read)
# why: the fourteenth round lets a privileged method take optional arguments when,
#   read as an unbound call (the first positional argument as self), the arguments
#   could not fill every parameter without a default. Here they can: `put` has only
#   optional parameters after self, so one positional argument through a class held
#   in a variable is self itself, and the computed setattr writes an argparse
#   parser's fromfile_prefix_chars (refused written out): argparse then opens the file.
import argparse


class K:
    def put(self, name="fromfile_prefix_chars", value="@"):
        setattr(self, name, value)


parser = argparse.ArgumentParser(prog="p")
parser.add_argument("rest", nargs="*")
holder = K
holder.put(parser)
print(parser.parse_args(["@/etc/passwd"]).rest[:3])
