# expect: reject store
# line: 10
# why: an IntEnum class called with names, reached through a loop over a list: no instance (round 25r family)
import enum
import sys


class K(enum.IntEnum):
    def g(x):
        x.append("logging.os.environ")
        return 0


def mk():
    return K("E", "A B")


holder = [K("E", "A B")]
for k in holder:
    k.g(sys.argv)
print(sys.argv)
