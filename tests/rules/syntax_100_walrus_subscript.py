# expect: reject syntax
# line: 4
# why: a subscript as a walrus target (CPython: cannot use assignment expressions with subscript)
(a[0] := 1)
