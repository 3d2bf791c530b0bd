# expect: reject store
# line: 15
# why: a local bound beside from math import floor: the name is no module's function (classify_name)
# a local bound beside `from math import floor`: the call is the local's
import sys
from math import floor


def run(h):
    floor = h
    return floor(1.5)


names = run(lambda x: sys.argv)
names.append("planted")
print(sys.argv)
