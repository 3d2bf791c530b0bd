# expect: reject module_value
# why: the alias hides random._inst
# line: 5
import random
x = random
print(x._inst)
