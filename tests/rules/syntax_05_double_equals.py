# expect: reject syntax
# line: 5
x = 1
y = 2
z = = 3
