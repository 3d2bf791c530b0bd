# expect: reject syntax
# line: 4
# why: a starred value in a chained assignment (CPython: can't use starred expression here)
x = y = *a
