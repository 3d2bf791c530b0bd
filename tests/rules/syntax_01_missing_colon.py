# expect: reject syntax
# line: 3
def f()
    return 1
