# expect: reject syntax
# line: 4
# why: a \U escape past the last code point (CPython: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-9: illegal Unicode character)
x = '\U00110000'
