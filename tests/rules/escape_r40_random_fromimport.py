# expect: reject store
# line: 9
# why: family of round 40b ok_01: setstate, getstate and gauss bound by a from-import
import sys
from random import gauss, getstate, setstate

setstate((3, getstate()[1], (sys.argv,)))
names = gauss((), 1)[0]
names.append("y")
print(names is sys.argv)
