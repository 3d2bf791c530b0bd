# expect: reject syntax
# line: 5
# why: import * in a function (CPython: import * only allowed at module level)
def f():
    from math import *
