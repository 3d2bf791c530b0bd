# expect: reject module_value
# why: returned by a lambda
# line: 5
import random
g = lambda: random
print(g()._inst)
