# expect: reject builtin
# why: f-string inside an f-string
# line: 5
s = '1'
print(f"outer {f'inner {eval(s)}'}")
