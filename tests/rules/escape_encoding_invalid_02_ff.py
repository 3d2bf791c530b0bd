# expect: reject encoding
# why: 0xFF never occurs in UTF-8
# line: 5
x = 1
# ÿþ comment
