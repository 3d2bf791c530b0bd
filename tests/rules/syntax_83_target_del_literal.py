# expect: reject syntax
# line: 4
# why: del of a literal (CPython: cannot delete literal)
del 1
