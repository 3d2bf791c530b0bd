# expect: reject store
# line: 7
# why: ours, round 27a: list[int].extend taken as a value is list.extend, handed to map with sys.argv
# list[int].extend taken as a value is list.extend: map calls it with sys.argv.
import sys

grow = list[int].extend
list(map(grow, [sys.argv], [["logging.os.environ"]]))
print(sys.argv)
