# expect: reject module_value
# why: walrus
# line: 5
import random
if (m := random):
    print(m._inst)
