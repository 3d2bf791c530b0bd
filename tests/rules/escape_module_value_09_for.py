# expect: reject module_value
# why: iterated over
# line: 5
import random
for m in (random,):
    print(m._inst)
