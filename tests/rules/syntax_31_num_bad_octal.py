# expect: reject syntax
# line: 4
# why: an 8 in an octal literal (CPython: invalid digit '8' in octal literal)
x = 0o78
