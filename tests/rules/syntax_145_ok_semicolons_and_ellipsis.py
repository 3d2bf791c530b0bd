# expect: accept
# why: CPython 3.11 compiles this: lines that end in ';', ',' or '...'
x = 1;
y = 1,
z = ...
print(x, y, z)
