# expect: reject store
# line: 16
# why: round 28c family: the kept key reached by iterating getLevelNamesMapping()
import logging
import sys


class Key(tuple):
    def __hash__(self):
        return 7


logging.addLevelName(77, Key([sys.argv]))
for name in logging.getLevelNamesMapping():
    if isinstance(name, Key):
        name[0].append("logging.os.environ")
print(sys.argv)
