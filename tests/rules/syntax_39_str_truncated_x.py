# expect: reject syntax
# line: 4
# why: a truncated \x escape (CPython: (unicode error) 'unicodeescape' codec can't decode bytes in position 1-3: truncated \xXX escape)
x = 'a\x4'
