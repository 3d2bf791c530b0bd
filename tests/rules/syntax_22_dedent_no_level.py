# expect: reject syntax
# line: 6
# why: a dedent to a column no block opened (CPython: unindent does not match any outer indentation level)
if x:
        a = 1
    b = 2
