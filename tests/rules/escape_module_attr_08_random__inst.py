# expect: reject module_attribute
# why: private module attribute
# line: 5
import random
print(random._inst)
