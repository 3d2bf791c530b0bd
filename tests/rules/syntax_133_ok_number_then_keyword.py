# expect: accept
# why: CPython 3.11 compiles this: a number glued to a keyword only warns
x = [1if True else 2]
print(x)
