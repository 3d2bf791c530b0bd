# expect: reject syntax
# line: 3
s = 'abc
print(s)
