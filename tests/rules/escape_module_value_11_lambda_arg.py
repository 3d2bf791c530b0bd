# expect: reject module_value
# why: the receiver is a parameter, the module a value
# line: 5
import random
print((lambda m: m._os)(random))
