# expect: reject syntax
# line: 4
# why: bytes next to str (CPython: cannot mix bytes and nonbytes literals)
x = 'a' b'b'
