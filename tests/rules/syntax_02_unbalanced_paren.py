# expect: reject syntax
print((1)
x = 2
