# expect: reject dunder
# why: a builtin function's __self__ is the builtins module
# line: 4
b = print.__self__
print(b)
