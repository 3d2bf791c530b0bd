# expect: reject method
# line: 22
# verified: reaches its goal under plain python3 3.11 in a temp dir (/etc/passwd read)
# why: one positional argument and one keyword, as a bound call of put(self, name,
#   value="@") with `value` passed would have; but the keyword names the required
#   `name`, so as an unbound call the positional one is self and every parameter
#   without a default is filled: the arguments bind the unbound call. Only a count
#   of arguments would call this bound (two arguments, one required parameter plus
#   an optional one).
import argparse


class K:
    def put(self, name, value="@"):
        setattr(self, name, value)


parser = argparse.ArgumentParser(prog="p")
parser.add_argument("rest", nargs="*")
kinds = [K]
for holder in kinds:
    holder.put(parser, name="fromfile_prefix_chars")
print(parser.parse_args(["@/etc/passwd"]).rest[:3])
