# expect: reject syntax
# line: 4
# why: a character after a line continuation (CPython: unexpected character after line continuation character)
x = 1 \ + 2
