# expect: reject syntax
# line: 5
# why: a starred return value alone (CPython: can't use starred expression here)
def f():
    return *a
