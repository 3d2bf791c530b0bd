# expect: reject builtin
# why: nested format spec of an f-string
# line: 5
x = 3.14159
print(f"{x:{eval('5')}}")
