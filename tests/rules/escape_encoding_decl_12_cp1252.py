# expect: reject encoding
#!python coding: cp1252
# why: a declaration can follow other text after '#'
# line: 2
print('x')
