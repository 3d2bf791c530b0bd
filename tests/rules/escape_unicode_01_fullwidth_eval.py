# expect: reject builtin
# why: fullwidth letters
# line: 4
print(ｅｖａｌ('6*7'))
