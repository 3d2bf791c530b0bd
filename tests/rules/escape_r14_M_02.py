# expect: reject method
# line: 22
# verified: reaches its goal under plain python3 3.11 in a temp dir (/etc/passwd read)
# why: no positional argument at all leaves self unfilled in an unbound call, unless
#   a keyword names it: `holder.put(self=parser)` through a class held in a variable
#   binds self by keyword. The binding check fills parameters by keyword the way
#   CPython does, self included.
import argparse


class K:
    def __init__(self):
        self._log = []

    def put(self, name="fromfile_prefix_chars", value="@"):
        setattr(self, name, value)


parser = argparse.ArgumentParser(prog="p")
parser.add_argument("rest", nargs="*")
holder = K
holder.put(self=parser)
print(parser.parse_args(["@/etc/passwd"]).rest[:3])
