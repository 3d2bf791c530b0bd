# expect: reject module_value
# why: default argument
# line: 5
import random
def f(m=random):
    return m._os
