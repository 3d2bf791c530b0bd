# expect: reject format
# why: a template bound twice is not a constant: the second value is the one formatted
# line: 8
import random
FMT = "{0}"
for FMT in ["{0.__func__.__globals__[_os].environ}"]:
    pass
print(FMT.format(random.shuffle))
