# expect: reject encoding
# why: modified UTF-8 NUL (C0 80)
# line: 4
s = 'a¿Äb'
