# expect: reject syntax
# line: 4
# why: del of a call (CPython: cannot delete function call)
del f()
