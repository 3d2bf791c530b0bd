# expect: reject encoding
# coding: shift_jis
# why: the second byte of this kanji is a backslash to a UTF-8 reader
# line: 2
s = '表'
print(s)
