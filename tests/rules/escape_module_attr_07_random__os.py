# expect: reject module_attribute
# why: random imports os as _os
# line: 5
import random
print(random._os.getcwd())
