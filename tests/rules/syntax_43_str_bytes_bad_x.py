# expect: reject syntax
# line: 4
# why: a bad \x escape in bytes (CPython: (value error) invalid \x escape at position 0)
x = b'\xZZ'
