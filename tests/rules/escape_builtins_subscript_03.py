# expect: reject builtin
# why: globals() holds __builtins__
# line: 4
b = globals()['__builtins__']
print(b)
