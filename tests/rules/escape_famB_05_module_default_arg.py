# expect: reject module_value
# why: family B: a module as a default argument value
# line: 5
import random
def f(m=random):
    return m._os
f().system("id")
