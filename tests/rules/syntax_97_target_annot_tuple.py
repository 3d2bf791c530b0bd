# expect: reject syntax
# line: 4
# why: an annotated tuple (CPython: only single target (not tuple) can be annotated)
a, b: int
