# expect: reject syntax
x = 1
y = f"{x"
