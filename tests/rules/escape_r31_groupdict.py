# expect: reject store
# line: 9
# why: groupdict(default) of a compiled pattern's match: the default itself is the value of a group that did not match
# a match's groupdict(default) answers the default itself for a group that did not match
import re
import sys

d = re.compile(r"(?P<a>x)?").match("").groupdict(sys.argv)
d["a"].append("planted")
print(sys.argv)
