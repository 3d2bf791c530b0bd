# expect: reject builtin
# why: nested spec after a conversion
# line: 5
x = 3
print(f"{x!r:>{len(vars())}}")
