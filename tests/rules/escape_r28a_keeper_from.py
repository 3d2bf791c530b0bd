# expect: reject store
# line: 12
# why: round 28a family (module state one call keeps and another hands back): addLevelName and getLevelName under from-import aliases
import sys
from logging import addLevelName as add_level, getLevelName as level_name

try:
    add_level(77, sys.argv)
except TypeError:
    pass
names = level_name(77)
names.extend(["logging.os.environ"])
print(sys.argv)
