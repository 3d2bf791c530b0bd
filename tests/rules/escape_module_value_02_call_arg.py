# expect: reject module_value
# why: a module passed to a function
# line: 5
import math
print(type(math))
