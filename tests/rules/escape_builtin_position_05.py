# expect: reject builtin
# why: list comprehension element
# line: 5
names = ['real']
print([getattr(1, n) for n in names])
