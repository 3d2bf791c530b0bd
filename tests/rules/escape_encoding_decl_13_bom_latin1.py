# expect: reject encoding
# coding: latin-1
# why: a UTF-8 BOM with another declaration
# line: 2
print('x')
