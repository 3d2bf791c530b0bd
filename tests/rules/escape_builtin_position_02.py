# expect: reject builtin
# why: lambda default
# line: 4
f = lambda g=globals(): g
print(f())
