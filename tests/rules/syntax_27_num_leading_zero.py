# expect: reject syntax
# line: 4
# why: a Python 2 octal literal (CPython: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers)
x = 0777
