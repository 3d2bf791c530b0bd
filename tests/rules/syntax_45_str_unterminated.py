# expect: reject syntax
# line: 4
# why: a string that never ends on its line (CPython: unterminated string literal (detected at line 4))
x = 'abc
y = 2
