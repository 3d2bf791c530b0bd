# expect: reject syntax
# line: 4
# why: * after ** (CPython: iterable argument unpacking follows keyword argument unpacking)
f(**k, *a)
