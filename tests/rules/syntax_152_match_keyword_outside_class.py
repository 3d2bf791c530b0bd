# expect: reject syntax
# line: 5
# why: a keyword pattern outside a class pattern's arguments (CPython: invalid syntax; tree-sitter takes it)
match x:
    case [a=1]:
        pass
