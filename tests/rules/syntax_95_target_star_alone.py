# expect: reject syntax
# line: 4
# why: a starred target alone (CPython: starred assignment target must be in a list or tuple)
*a = [1, 2]
