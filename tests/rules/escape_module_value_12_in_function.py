# expect: reject module_value
# why: import inside a function, returned
# line: 6
def f():
    import random
    return random
