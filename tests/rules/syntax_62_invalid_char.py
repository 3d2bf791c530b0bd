# expect: reject syntax
# line: 4
# why: a character that is no identifier (CPython: invalid character '€' (U+20AC))
x = 1 € 2
