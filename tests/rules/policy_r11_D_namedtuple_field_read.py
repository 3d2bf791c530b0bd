# expect: reject attribute
# line: 8
# why: the cost of family D's rule (eleventh red team): namedtuple and NamedTuple fields are __match_args__, read back by name by class patterns, so the names judged where they are written out (read, format, register, record takers, argparse method names) are refused as fields too

import collections
import typing

Stats = collections.namedtuple("Stats", "count read")
Flags = typing.NamedTuple("Flags", register=bool)
print(Stats(1, 2), Flags(True))
