# expect: reject module_value
# why: global statement then returned
# line: 7
import random
def f():
    global random
    return random
