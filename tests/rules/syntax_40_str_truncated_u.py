# expect: reject syntax
# line: 4
# why: a truncated \u escape (CPython: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-3: truncated \uXXXX escape)
x = '\u12'
