# expect: reject encoding
# why: Latin-1 bytes in an identifier without a declaration
# line: 4
café = 1
