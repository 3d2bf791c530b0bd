# expect: reject import
# why: second name of a multi-import
# line: 4
import math, os
print(math.pi, os.name)
