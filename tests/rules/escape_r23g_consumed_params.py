# expect: reject store
# why: a lambda handed to re.sub has its result dropped from what calls return,
#   but its parameters are still anything (the Match of a pattern, or a record of
#   another call): a write through one is still refused
# line: 9
import keyword
import re

re.sub("x", lambda m: m.string.append("zz") or "", "x")
