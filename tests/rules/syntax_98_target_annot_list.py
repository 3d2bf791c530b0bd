# expect: reject syntax
# line: 4
# why: an annotated list (CPython: only single target (not list) can be annotated)
[a]: int
