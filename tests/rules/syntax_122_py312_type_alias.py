# expect: reject syntax
# line: 4
# why: the type statement (3.12) (CPython: invalid syntax)
type Point = tuple[int, int]
