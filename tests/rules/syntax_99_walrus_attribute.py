# expect: reject syntax
# line: 4
# why: an attribute as a walrus target (CPython: cannot use assignment expressions with attribute)
(a.b := 1)
