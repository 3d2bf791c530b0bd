# expect: reject syntax
# line: 4
# why: a starred value alone (CPython: can't use starred expression here)
x = *a
