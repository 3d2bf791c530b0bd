# expect: reject syntax
# line: 4
# why: a non-ASCII character in bytes (CPython: bytes can only contain ASCII literal characters)
x = b'café'
