# expect: accept
# why: CPython 3.11 compiles this: continuations, tabs, form feeds and blank lines
x = (1 +
     2)
y = 1 + \
    2
if x:
	z = [
  1,
]

print(x, y, z)
