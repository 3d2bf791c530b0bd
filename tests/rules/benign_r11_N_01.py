# expect: accept
# why: eleventh red team (11a), family N: library namedtuples built from text and numbers, and their namedtuple API, stay allowed

import decimal
import urllib.parse

parts = urllib.parse.SplitResult("https", "example.org", "/a", "q=1", "")
fixed = parts._replace(path="/b")
t = decimal.DecimalTuple(0, (1, 4), -1)
print(fixed.geturl(), decimal.Decimal(t), list(parts))
