# expect: reject syntax
# line: 4
# why: a no-break space in code (CPython: invalid non-printable character U+00A0)
x = 1
