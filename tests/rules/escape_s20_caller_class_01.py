# expect: reject store
# line: 10
# why: a class handed to partial through map is called with the other iterables' items: its constructor takes anything
import functools
import sys


class K:
    def __init__(self, x):
        x.append("logging.os.environ")


for p in map(functools.partial, [K], [sys.argv]):
    p()
print(sys.argv)
