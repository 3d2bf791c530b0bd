# expect: reject syntax
if True:
print(1)
