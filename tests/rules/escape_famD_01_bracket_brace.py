# expect: reject format
# why: family D: a '}' inside [...] does not end a field for CPython: the attribute chain after it is in the field
# line: 5
import random
print("{0[}].__func__.__globals__[_os].environ}".format({"}": random.randint}))
