# expect: reject builtin
# why: keyword argument value (the name is fine, the value is not)
# line: 4
print(max(1, key=eval))
