# expect: reject builtin
# why: f-string interpolation
# line: 5
x = 1
print(f"{eval('x + 1')}")
