# expect: reject syntax
# line: 4
# why: del of a starred name (CPython: cannot delete starred)
del *a
