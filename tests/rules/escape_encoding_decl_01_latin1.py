# expect: reject encoding
# -*- coding: latin-1 -*-
# why: Latin-1 text: tree-sitter would read other characters than CPython
# line: 2
s = 'café'
print(s)
